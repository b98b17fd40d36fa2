// Route handlers log every request; tests keep the output readable.
process.env.LOG_LEVEL ??= "silent";
