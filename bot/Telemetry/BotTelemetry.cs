using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CrossBorderBot.Telemetry;

/// <summary>
/// The bot's own traces and metrics. With no listener (telemetry off) starting a span returns null and recording a
/// measurement is a flag check, so code may record unconditionally. Nothing here ever carries message text.
/// </summary>
public static class BotTelemetry
{
    /// <summary>The name of the <see cref="ActivitySource"/> and the <see cref="Meter"/>.</summary>
    public const string Name = "CrossBorderBot";

    /// <summary>Spans: one per turn.</summary>
    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    /// <summary>Turns handled, tagged with channel, activity type and outcome.</summary>
    public static readonly Counter<long> Turns = Meter.CreateCounter<long>("crossborderbot.turns", "{turn}", "Turns handled.");

    /// <summary>How long a turn took, end to end (including waiting for the conversation's previous turn).</summary>
    public static readonly Histogram<double> TurnDuration = Meter.CreateHistogram<double>("crossborderbot.turn.duration", "s", "Turn duration.");

    /// <summary>Turns that ended in an exception.</summary>
    public static readonly Counter<long> TurnErrors = Meter.CreateCounter<long>("crossborderbot.turn.errors", "{turn}", "Turns that failed.");

    /// <summary>Stale-ETag refusals: turns whose save lost a race, and lost races for a turn lease.</summary>
    public static readonly Counter<long> StorageConflicts = Meter.CreateCounter<long>("crossborderbot.storage.conflicts", "{conflict}", "Writes refused for a stale ETag.");

    /// <summary>The recognizer's score for the intent it ranked first, tagged with that intent.</summary>
    public static readonly Histogram<double> RecognizerConfidence = Meter.CreateHistogram<double>("crossborderbot.recognizer.confidence", null, "Top intent score per recognized message.");

    /// <summary>Records the top intent's score of one recognized message (no text: only the intent name and score).</summary>
    public static void RecordRecognition(string intent, double score)
    {
        if (!RecognizerConfidence.Enabled)
        {
            return;
        }

        RecognizerConfidence.Record(score, new KeyValuePair<string, object?>("intent", intent));
    }
}
