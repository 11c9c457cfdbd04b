namespace Finsam.Funding.Data;

// One page of a listing (AIP-158), and the token of the next ("" on the last).
public sealed record Page<T>(IReadOnlyList<T> Items, string NextPageToken);
