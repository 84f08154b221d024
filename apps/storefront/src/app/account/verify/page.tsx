import { VerifyForm } from '../account-forms.tsx';

export const metadata = { title: 'Finish creating your account' };

/** Where the registration mail links to. */
export default async function VerifyPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { token = '' } = await searchParams;
  return (
    <div className="narrow">
      <h1>Finish creating your account</h1>
      {token ? (
        <VerifyForm token={token} />
      ) : (
        <p className="alert" role="alert">
          This page needs the link from your registration mail.
        </p>
      )}
    </div>
  );
}
