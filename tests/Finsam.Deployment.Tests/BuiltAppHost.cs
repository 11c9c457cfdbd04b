namespace Finsam.Deployment.Tests;

// The AppHost as built beside these tests (bin/{Configuration}/{TargetFramework} of the
// checkout they run in). Shared with the system tests.
public static class BuiltAppHost
{
    public static string Assembly { get; } = Find();

    private static string Find()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd('/'));
        for (var dir = output; dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Finsam.sln")))
            {
                return Path.Combine(dir.FullName, "Finsam.AppHost", "bin", output.Parent!.Name, output.Name, "Finsam.AppHost.dll");
            }
        }
        throw new InvalidOperationException("The tests do not run inside the Finsam checkout.");
    }
}
