namespace Finsam.Grants.Data;

// One page of a listing (AIP-158), and the token for the next one ("" after the last).
public sealed record Page<T>(IReadOnlyList<T> Items, string NextPageToken);
