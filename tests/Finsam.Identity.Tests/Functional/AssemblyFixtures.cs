using Finsam.FunctionalTesting.Postgres;

// One PostgreSQL for every functional test of this assembly; each test class gets a database of its own.
[assembly: AssemblyFixture(typeof(TestPostgres))]
