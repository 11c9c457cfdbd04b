namespace Finsam.Hosting;

// Generated for every project the AppHost references with IsFinsamProjectResource
// (build/Finsam.Hosting.targets), as Aspire generates its Projects.* classes.
public interface IProjectMetadata
{
    string ProjectPath { get; }

    // The built assembly, in the configuration the AppHost was built in.
    string TargetPath { get; }
}
