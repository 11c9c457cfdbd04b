using Finsam.Contracts.Common.V1;

namespace Finsam.Web.History;

// Several services' trails as one, oldest first by time, shown a few at a time. Each trail is
// read a page at a time, and a record is shown only once every trail that may hold an earlier
// one has been read that far, so nothing shown later belongs before what is already shown.
// Keep drops records here (the services filter only by resource and what lies under it).
public sealed class MergedTrail(IReadOnlyList<TrailSource> sources, Func<AuditRecord, bool>? keep = null)
{
    private readonly Reader[] _readers = [.. sources.Select(source => new Reader(source))];

    public bool HasMore => _readers.Any(reader => reader.HasMore);

    public async Task<IReadOnlyList<TrailEntry>> NextAsync(int count)
    {
        var shown = new List<TrailEntry>();
        while (shown.Count < count)
        {
            foreach (var reader in _readers)
            {
                await reader.FillAsync(keep);
            }
            // Ties in time go by the order the sources were given.
            var earliest = _readers.Where(reader => reader.Pending.Count > 0)
                .OrderBy(reader => reader.Pending.Peek().Time.ToDateTimeOffset())
                .FirstOrDefault();
            if (earliest is null)
            {
                break;
            }
            shown.Add(new TrailEntry(earliest.Source.Service, earliest.Pending.Dequeue()));
        }
        return shown;
    }

    private sealed class Reader(TrailSource source)
    {
        private string _pageToken = "";
        private bool _started;

        public TrailSource Source { get; } = source;

        public Queue<AuditRecord> Pending { get; } = new();

        private bool Exhausted => _started && _pageToken.Length == 0;

        public bool HasMore => Pending.Count > 0 || !Exhausted;

        // Reads pages until a record is waiting or the trail has no more.
        public async Task FillAsync(Func<AuditRecord, bool>? keep)
        {
            while (Pending.Count == 0 && !Exhausted)
            {
                var page = await Source.ReadPageAsync(_pageToken);
                _started = true;
                _pageToken = page.NextPageToken;
                foreach (var record in page.Records.Where(record => keep?.Invoke(record) ?? true))
                {
                    Pending.Enqueue(record);
                }
            }
        }
    }
}
