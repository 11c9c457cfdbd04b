namespace Finsam.FunctionalTesting.Postgres;

// The last lines PostgreSQL wrote, to say why it did not start.
internal sealed class ConsoleTail
{
    private const int Kept = 100;
    private readonly Queue<string> _lines = new();

    public void Add(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_lines)
        {
            _lines.Enqueue(line);
            if (_lines.Count > Kept)
            {
                _lines.Dequeue();
            }
        }
    }

    public string Text
    {
        get
        {
            lock (_lines)
            {
                return string.Join(Environment.NewLine, _lines);
            }
        }
    }
}
