namespace Finsam.ServiceKit.Csv;

// The encodings a CSV export is read in: UTF-8 when its bytes are UTF-8 (a plain ASCII file is),
// otherwise Windows-1252, what Excel on a Swedish Windows saves "CSV (semikolonavgränsad)" in.
public enum CsvEncoding
{
    Utf8,
    Windows1252,
}
