namespace Finsam.SystemTests.Infrastructure;

// What tests keep for a person to look at afterwards (documents, page images,
// screenshots): artifacts/<kind>/ in the checkout, left out of git.
public static class Artifacts
{
    public static string Directory(string kind)
    {
        var path = Path.Combine(Repository.Root, "artifacts", kind);
        System.IO.Directory.CreateDirectory(path);
        return path;
    }
}
