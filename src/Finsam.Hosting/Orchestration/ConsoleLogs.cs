using System.Collections.Concurrent;

namespace Finsam.Hosting.Orchestration;

public sealed record ConsoleLine(DateTimeOffset Time, string Instance, bool IsError, string Text);

// Every child's console output: the latest lines in memory (for the dashboard and tests)
// and all of it in logs/{instance}.log, kept across restarts.
public sealed class ConsoleLogs
{
    private const int LinesKeptPerInstance = 10_000;

    private readonly ConcurrentDictionary<string, Queue<ConsoleLine>> _lines = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StreamWriter> _files = new(StringComparer.Ordinal);
    private string? _folder;

    public event Action<ConsoleLine>? LineWritten;

    internal void WriteFilesTo(string folder) => _folder = folder;

    internal void Append(string instance, bool isError, string text)
    {
        var line = new ConsoleLine(DateTimeOffset.UtcNow, instance, isError, text);
        var queue = _lines.GetOrAdd(instance, _ => new Queue<ConsoleLine>());
        lock (queue)
        {
            queue.Enqueue(line);
            if (queue.Count > LinesKeptPerInstance)
            {
                queue.Dequeue();
            }
        }

        if (_folder is not null)
        {
            var file = _files.GetOrAdd(instance, name => new StreamWriter(
                new FileStream(Path.Combine(_folder, $"{name}.log"), FileMode.Append, FileAccess.Write, FileShare.ReadWrite))
            {
                AutoFlush = true,
            });
            lock (file)
            {
                file.WriteLine($"{line.Time:O} {(isError ? "ERR" : "OUT")} {text}");
            }
        }

        LineWritten?.Invoke(line);
    }

    public IReadOnlyList<ConsoleLine> Of(string instance)
    {
        if (!_lines.TryGetValue(instance, out var queue))
        {
            return [];
        }
        lock (queue)
        {
            return queue.ToList();
        }
    }

    internal void CloseFiles()
    {
        foreach (var file in _files.Values)
        {
            lock (file)
            {
                file.Dispose();
            }
        }
        _files.Clear();
    }
}
