using Finsam.Grants.Grpc;
using Microsoft.EntityFrameworkCore;

namespace Finsam.Grants.Tests.Architecture;

// Where a line belongs: handlers (Grpc/) never touch the database, and the rules (Domain/)
// touch nothing but their inputs.
public sealed class LayerTests
{
    private static readonly System.Reflection.Assembly Grants = typeof(GrantsService).Assembly;

    [Fact]
    public void Handlers_use_no_ef_core_and_no_db_context()
    {
        var offending = Used("Finsam.Grants.Grpc")
            .Where(d => typeof(DbContext).IsAssignableFrom(d.Used)
                || d.Used.Namespace?.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) == true
                || d.Used.Assembly.GetName().Name!.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
                || d.Used.Assembly.GetName().Name!.StartsWith("Npgsql", StringComparison.Ordinal))
            .Select(d => $"{d.User.FullName} uses {d.Used.FullName}");

        Assert.Empty(offending);
    }

    [Fact]
    public void Domain_rules_use_no_database_rpc_web_files_or_clock()
    {
        string[] forbiddenNamespaces = ["Microsoft.EntityFrameworkCore", "Grpc", "Google.Protobuf", "Microsoft.AspNetCore", "System.Net", "System.IO", "Npgsql", "Finsam.Grants.Data", "Finsam.Grants.Grpc", "Finsam.Contracts"];
        var offending = Used("Finsam.Grants.Domain")
            .Where(d => forbiddenNamespaces.Any(n => d.Used.Namespace == n || d.Used.Namespace?.StartsWith(n + ".", StringComparison.Ordinal) == true)
                || d.Used == typeof(TimeProvider))
            .Select(d => $"{d.User.FullName} uses {d.Used.FullName}");

        Assert.Empty(offending);
    }

    [Fact]
    public void Domain_rules_never_read_the_time_themselves()
    {
        var nowReaders = new[]
        {
            typeof(DateTime).GetProperty(nameof(DateTime.Now))!.GetMethod!,
            typeof(DateTime).GetProperty(nameof(DateTime.UtcNow))!.GetMethod!,
            typeof(DateTime).GetProperty(nameof(DateTime.Today))!.GetMethod!,
            typeof(DateTimeOffset).GetProperty(nameof(DateTimeOffset.Now))!.GetMethod!,
            typeof(DateTimeOffset).GetProperty(nameof(DateTimeOffset.UtcNow))!.GetMethod!,
        };
        var offending = TypeDependencies.CalledIn(Grants, "Finsam.Grants.Domain")
            .Where(c => nowReaders.Contains(c.Called))
            .Select(c => $"{c.Caller.FullName} calls {c.Called.DeclaringType!.Name}.{c.Called.Name}");

        Assert.Empty(offending);
    }

    [Fact]
    public void The_check_sees_into_method_bodies()
    {
        // A handler's body calls stores, validators and the domain; without the bodies only its signature would count.
        Assert.Contains(Used("Finsam.Grants.Grpc"), d => d.Used == typeof(Finsam.Grants.Data.EffortStore));
        Assert.Contains(Used("Finsam.Grants.Grpc"), d => d.Used == typeof(Finsam.Grants.Domain.EffortTransitions));
        Assert.Contains(Used("Finsam.Grants.Data"), d => d.Used.Namespace?.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) == true);
    }

    private static IEnumerable<(Type User, Type Used)> Used(string @namespace) =>
        TypeDependencies.In(Grants, @namespace)
            .SelectMany(d => TypeDependencies.Unwrapped(d.Used).Select(used => (d.User, used)))
            .Distinct();
}
