namespace Finsam.FunctionalTesting;

// The Finsam checkout the tests run in, for tests that read its files (README, committed sources).
public static class Checkout
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Finsam.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Finsam.sln not found above the test's folder.");
    }
}
