namespace Finsam.Hosting.DataFolder;

// A second AppHost on the same data folder would start a second PostgreSQL on its files.
public sealed class DataFolderInUseException(string message) : Exception(message);
