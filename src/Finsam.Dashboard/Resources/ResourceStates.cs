namespace Finsam.Dashboard.Resources;

// A state as an operator reads it, in Swedish.
public static class ResourceStates
{
    public static string Label(string state) => state switch
    {
        "NotStarted" => "Ej startad",
        "Waiting" => "Väntar",
        "Starting" => "Startar",
        "Running" => "Körs",
        "Healthy" => "Frisk",
        "Unhealthy" => "Ohälsosam",
        "Exited" => "Avslutad",
        "Stopping" => "Stoppas",
        "Stopped" => "Stoppad",
        "FailedToStart" => "Kunde inte starta",
        _ => state,
    };

    public static bool IsDown(string state) => state is "Exited" or "Stopped" or "FailedToStart" or "NotStarted";
}
