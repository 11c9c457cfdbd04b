namespace Finsam.Budget.Domain.FollowUp;

// Rows booked on an object of a dimension (a project, a cost centre) belong to an effort.
public sealed record ObjectRule(string Dimension, string Object, string EffortId);
