namespace Finsam.ServiceKit.Data;

// A resource kept as one JSON document in one row, versioned by the row's xmin (its etag).
public interface IStoredDocument
{
    string DocumentJson { get; set; }

    uint RowVersion { get; }
}
