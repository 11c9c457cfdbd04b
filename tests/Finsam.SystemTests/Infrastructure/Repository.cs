using System.Text.RegularExpressions;

namespace Finsam.SystemTests.Infrastructure;

// The checkout the tests run in, and what its README tells a newcomer to type.
public static partial class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Readme => File.ReadAllText(Path.Combine(Root, "README.md"));

    [GeneratedRegex(@"```sh\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();

    public static IReadOnlyList<string> ShellBlocks(string markdown) =>
        ShellBlock().Matches(markdown).Select(m => m.Groups[1].Value).ToList();

    // The AppHost as built with these tests (bin/{Configuration}/{TargetFramework}).
    public static string AppHostAssembly => Finsam.Deployment.Tests.BuiltAppHost.Assembly;

    // The first command: the one that starts the whole system.
    public static string StartCommand => ShellBlocks(Readme)[0].Trim();

    // The walk-through: the block after each walk-through marker, in README's order, played
    // one after another in one shell, so later blocks use what earlier ones set (GW, TOKEN, AUTH).
    public static IReadOnlyList<string> Walkthrough
    {
        get
        {
            var readme = Readme;
            var blocks = WalkthroughMarker().Matches(readme).Select(m => ShellBlocks(readme[m.Index..])[0]).ToList();
            Assert.True(blocks.Count > 0, "README.md has no walk-through marker.");
            return blocks;
        }
    }

    [GeneratedRegex(@"<!-- walkthrough[^>]*-->\n```sh\n")]
    private static partial Regex WalkthroughMarker();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Finsam.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("The tests do not run inside the Finsam checkout.");
    }
}
