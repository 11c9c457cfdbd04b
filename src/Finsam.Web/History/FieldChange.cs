namespace Finsam.Web.History;

// One field a change altered, as a person reads it: its path in the resource ("members[0].population")
// and its value before and after, "" where it had none.
public sealed record FieldChange(string Field, string Before, string After);
