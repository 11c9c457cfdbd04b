namespace Finsam.FunctionalTesting.Postgres;

public sealed class PostgresDidNotStartException(string message) : Exception(message);
