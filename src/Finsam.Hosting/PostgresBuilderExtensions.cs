using System.Text.RegularExpressions;
using Finsam.Hosting.ApplicationModel;

namespace Finsam.Hosting;

public static partial class PostgresBuilderExtensions
{
    [GeneratedRegex("^[a-z][a-z0-9_]{0,62}$")]
    private static partial Regex DatabaseNamePattern();

    public static IResourceBuilder<PostgresServerResource> AddPostgres(this DistributedApplicationBuilder builder, string name, int? port = null) =>
        builder.AddResource(new PostgresServerResource(name) { Port = port });

    public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(this IResourceBuilder<PostgresServerResource> builder, string name, string? databaseName = null)
    {
        var database = databaseName ?? name;
        if (!DatabaseNamePattern().IsMatch(database))
        {
            throw new ArgumentException($"'{database}' is not a plain PostgreSQL database name.", nameof(databaseName));
        }

        var resource = new PostgresDatabaseResource(name, database, builder.Resource);
        resource.WaitsFor.Add(builder.Resource);
        builder.Resource.Databases.Add(resource);
        return builder.ApplicationBuilder.AddResource(resource);
    }
}
