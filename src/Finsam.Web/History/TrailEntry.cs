using Finsam.Contracts.Common.V1;

namespace Finsam.Web.History;

// An audit record and the service whose trail holds it.
public sealed record TrailEntry(TrailService Service, AuditRecord Record);
