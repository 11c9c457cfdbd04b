using System.Diagnostics;

namespace Finsam.LoadBenchmark;

// What the figures were measured on and with, for the header.
public static class Machine
{
    public static string CpuModel() =>
        File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";

    public static string CommandOf(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
        }
        catch (IOException)
        {
            return "?";
        }
    }
}

// The checkout the benchmark runs from: where bench/results/ is, and which commit was measured.
public static class Repository
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Finsam.sln")))
            {
                return dir.FullName;
            }
        }
        return Directory.GetCurrentDirectory();
    }

    public static string Commit(string root)
    {
        string Git(params string[] args)
        {
            using var git = Process.Start(new ProcessStartInfo("git", ["-C", root, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return output;
        }
        try
        {
            var changed = Git("status", "--porcelain", "--untracked-files=no").Length > 0;
            return $"{Git("rev-parse", "--abbrev-ref", "HEAD")} {Git("rev-parse", "--short", "HEAD")}{(changed ? " (with uncommitted changes)" : "")}";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "an unknown commit (no git)";
        }
    }
}
