process.env.NODE_ENV = 'test';
process.env.TZ = 'UTC';
// Cheap password hashes in tests only; production uses the default cost.
process.env.SCRYPT_LOG_N = '10';
