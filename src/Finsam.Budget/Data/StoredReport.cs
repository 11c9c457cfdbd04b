namespace Finsam.Budget.Data;

// An adopted version's report as stored with it: a BudgetReport (protobuf) and the key of
// what it was computed with besides the version itself.
public sealed record StoredReport(string Key, byte[] Report);
