using System.Text.RegularExpressions;
using ArchUnitNET.Domain;
using ArchUnitNET.Domain.Extensions;

namespace Finsam.ArchitectureTests;

// Where a line belongs: handlers in Grpc/ parse, call and map; stores in Data/ hold EF Core;
// rules in Domain/ touch no storage, network, files or clock.
public sealed partial class ShapeTests
{
    public static TheoryData<string> Services => [.. FinsamArchitecture.Services];

    [GeneratedRegex(@"^(Microsoft\.EntityFrameworkCore|Npgsql)(\.|$)")]
    private static partial Regex Storage();

    [GeneratedRegex(@"^(Microsoft\.EntityFrameworkCore|Npgsql|Grpc|Google\.Protobuf|Google\.Rpc|Microsoft\.AspNetCore|System\.Net)(\.|$)")]
    private static partial Regex StorageNetworkOrContracts();

    private static readonly string[] FilesAndClock =
        ["System.IO.File", "System.IO.Directory", "System.IO.FileStream", "System.IO.FileInfo", "System.TimeProvider"];

    private static readonly string[] ClockReads =
        ["System.DateTime::get_Now", "System.DateTime::get_UtcNow", "System.DateTime::get_Today", "System.DateTimeOffset::get_Now", "System.DateTimeOffset::get_UtcNow"];

    [Theory]
    [MemberData(nameof(Services))]
    public void Handlers_use_no_ef_core_and_no_db_context(string service)
    {
        Assert.NotEmpty(TypesIn(service, "Grpc"));
        var broken = TypesIn(service, "Grpc")
            .SelectMany(type => Targets(type)
                .Where(target => Storage().IsMatch(NamespaceOf(target)) || IsDbContext(target))
                .Select(target => $"{type.FullName} uses {target.FullName}"))
            .Distinct()
            .ToList();

        Assert.True(broken.Count == 0, "Handlers reach storage only through stores:\n  " + string.Join("\n  ", broken));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Domain_rules_use_no_storage_network_files_or_clock(string service)
    {
        var broken = TypesIn(service, "Domain")
            .SelectMany(type => Targets(type)
                .Where(target => StorageNetworkOrContracts().IsMatch(NamespaceOf(target)) || FilesAndClock.Contains(target.FullName))
                .Select(target => $"{type.FullName} uses {target.FullName}"))
            .Concat(TypesIn(service, "Domain")
                .SelectMany(type => type.Members.OfType<MethodMember>())
                .SelectMany(method => method.GetMethodCallDependencies()
                    .Where(call => ClockReads.Any(read => call.TargetMember.FullName.Contains(read, StringComparison.Ordinal)))
                    .Select(call => $"{method.FullName} reads the clock: {call.TargetMember.FullName}")))
            .Distinct()
            .ToList();

        Assert.True(broken.Count == 0, "Domain rules are pure:\n  " + string.Join("\n  ", broken));
    }

    // A service without rules of its own has no Domain/; every service has handlers.
    private static IEnumerable<IType> TypesIn(string service, string folder)
    {
        var ns = $"Finsam.{service}.{folder}";
        return FinsamArchitecture.Architecture.Types
            .Where(type => NamespaceOf(type) == ns || NamespaceOf(type).StartsWith(ns + ".", StringComparison.Ordinal))
            .ToList();
    }

    // Generic parameters have no namespace.
    private static string NamespaceOf(IType type) => type.Namespace?.FullName ?? "";

    private static IEnumerable<IType> Targets(IType type) =>
        type.Dependencies.Select(dependency => dependency.Target).Where(target => target.FullName != type.FullName);

    private static bool IsDbContext(IType type)
    {
        for (var current = type as Class; current is not null; current = current.BaseClass)
        {
            if (current.FullName == "Microsoft.EntityFrameworkCore.DbContext")
            {
                return true;
            }
        }
        return false;
    }
}
