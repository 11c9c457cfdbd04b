using Finsam.SystemTests.Infrastructure;

namespace Finsam.SystemTests.HoldingUp;

// The whole system with two replicas of every service and of the gateway (AppHost:Replicas),
// as a cluster runs it: a system of its own, since its processes are killed on purpose.
public sealed class ReplicatedSystem : FinsamSystem
{
    public const int Replicas = 2;

    // Identity, the four services and the gateway; the web app runs once (AppHost).
    public static readonly string[] Replicated = ["identity", "funding", "grants", "budget", "documents", "gateway"];

    protected override IEnumerable<string> Arguments => [$"--AppHost:Replicas={Replicas}"];
}

[CollectionDefinition(Name)]
public sealed class ReplicatedSystemCollection : ICollectionFixture<ReplicatedSystem>
{
    public const string Name = "The running system, two of each";
}
