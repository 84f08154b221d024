// Runs, their step timeline and approval tasks (the engine's API).
import '../builder.ts';
