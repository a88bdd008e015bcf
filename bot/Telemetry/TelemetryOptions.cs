namespace CrossBorderBot.Telemetry;

/// <summary>Settings of the <c>Telemetry</c> section. With neither exporter set, telemetry is off and costs nothing.</summary>
public sealed class TelemetryOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Telemetry";

    /// <summary>An OTLP collector (gRPC, e.g. <c>http://localhost:4317</c>) that receives traces and metrics.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>
    /// Application Insights connection string; when empty the standard <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c>
    /// setting (which App Service sets) is used.
    /// </summary>
    public string? ApplicationInsightsConnectionString { get; set; }

    /// <summary>The service name telemetry is reported under.</summary>
    public string ServiceName { get; set; } = "crossborderbot";
}
