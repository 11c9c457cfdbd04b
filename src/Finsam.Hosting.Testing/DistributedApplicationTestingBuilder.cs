using System.Reflection;
using Finsam.Hosting.ApplicationModel;

namespace Finsam.Hosting.Testing;

// Runs the AppHost's own entry point to obtain its model, then lets a test start it in a
// fresh data folder on free ports. Disposing the application stops every process and
// removes the folder.
public sealed class DistributedApplicationTestingBuilder
{
    private readonly DistributedApplicationBuilder _inner;

    private DistributedApplicationTestingBuilder(DistributedApplicationBuilder inner, string dataDirectory)
    {
        _inner = inner;
        DataDirectory = dataDirectory;
    }

    public Microsoft.Extensions.Configuration.ConfigurationManager Configuration => _inner.Configuration;

    public IReadOnlyList<Resource> Resources => _inner.Resources;

    public string DataDirectory { get; }

    public static Task<DistributedApplicationTestingBuilder> CreateAsync<TAppHost>(params string[] args)
        where TAppHost : IProjectMetadata, new() =>
        CreateAsync<TAppHost>(Path.Combine(Path.GetTempPath(), $"finsam-test-{Guid.NewGuid():N}"), args);

    private static async Task<DistributedApplicationTestingBuilder> CreateAsync<TAppHost>(string dataDirectory, string[] args)
        where TAppHost : IProjectMetadata, new()
    {
        string[] allArgs =
        [
            $"--AppHost:DataDirectory={dataDirectory}",
            "--AppHost:RandomizePorts=true",
            .. args,
        ];

        var entryPoint = Assembly.Load(Path.GetFileNameWithoutExtension(new TAppHost().TargetPath)).EntryPoint
            ?? throw new InvalidOperationException($"{typeof(TAppHost).Name} has no entry point.");

        DistributedApplicationBuilder? captured = null;
        DistributedApplicationBuilder.BuildInterceptor.Value = builder => captured = builder;
        try
        {
            var result = entryPoint.Invoke(null, entryPoint.GetParameters().Length == 0 ? [] : [allArgs]);
            if (result is Task task)
            {
                await task;
            }
        }
        catch (Exception exception) when (Unwrap(exception) is DistributedApplicationBuilder.ModelCapturedException)
        {
            // The entry point stopped at Build(), as intended.
        }
        finally
        {
            DistributedApplicationBuilder.BuildInterceptor.Value = null;
        }

        var model = captured ?? throw new InvalidOperationException("The AppHost's entry point never called Build().");
        return new DistributedApplicationTestingBuilder(model, dataDirectory);
    }

    public Task<DistributedApplication> BuildAsync()
    {
        var app = _inner.Build();
        app.OnDisposed.Add(() =>
        {
            // FINSAM_KEEP_TEST_DATA=1 keeps the folder (consoles in logs/) to look into a failure.
            if (Environment.GetEnvironmentVariable("FINSAM_KEEP_TEST_DATA") == "1")
            {
                return ValueTask.CompletedTask;
            }
            DeleteDataDirectory(DataDirectory);
            return ValueTask.CompletedTask;
        });
        return Task.FromResult(app);
    }

    private static Exception Unwrap(Exception exception) =>
        exception is TargetInvocationException { InnerException: { } inner } ? Unwrap(inner) : exception;

    private static void DeleteDataDirectory(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failed test because of it is not.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
