using Finsam.Contracts.Common.V1;

namespace Finsam.Web.History;

// One service's trail, read a page at a time: the page after this token ("" for the first).
public sealed record TrailSource(TrailService Service, Func<string, Task<ListAuditRecordsResponse>> ReadPageAsync);
