using System.Runtime.CompilerServices;
using Azure.Monitor.OpenTelemetry.Exporter;
using CrossBorderBot.Composition;
using CrossBorderBot.Storage;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CrossBorderBot.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The standard setting App Service and the Azure Monitor exporter use for the Application Insights connection.</summary>
    public const string ApplicationInsightsSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>
    /// Turns on OpenTelemetry for the bot's spans and metrics (<see cref="BotTelemetry"/>) when an exporter is
    /// configured: OTLP when <c>Telemetry:OtlpEndpoint</c> is set, Application Insights when its connection string is.
    /// With neither, nothing is registered at all, so telemetry costs nothing. Call after the bot itself is added
    /// (it wraps the registered <see cref="IBot"/>).
    /// </summary>
    public static IServiceCollection AddBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        // Validated at start-up whether or not an exporter is on, so a mistyped endpoint stops start-up with a clear
        // message instead of turning telemetry off without a word.
        services.AddValidatedOptions<TelemetryOptions, TelemetryOptionsValidator>(TelemetryOptions.SectionName);
        var options = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlp = OptionsFailures.IsHttpUrl(options.OtlpEndpoint) ? new Uri(options.OtlpEndpoint!.Trim()) : null;
        var appInsights = string.IsNullOrWhiteSpace(options.ApplicationInsightsConnectionString)
            ? configuration[ApplicationInsightsSetting]
            : options.ApplicationInsightsConnectionString;
        if (otlp is null && string.IsNullOrWhiteSpace(appInsights))
        {
            return services;
        }

        services.DecorateBot(nameof(AddBotTelemetry), (provider, inner) => new TelemetryBot(inner, provider.GetRequiredService<BotStates>().Conversation));
        AddExporters(services, options.ServiceName, otlp, appInsights);
        return services;
    }

    // A method of its own, so a start without an exporter does not load the OpenTelemetry assemblies: the runtime loads
    // what a method refers to when the method is first compiled or bound, even if the call is never reached.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddExporters(IServiceCollection services, string serviceName, Uri? otlp, string? appInsights)
    {
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing =>
            {
                // Not the default parent-based sampler: ASP.NET Core starts an unrecorded activity for every request
                // (we do not trace HTTP itself), and a parent-based sampler would drop every turn under it.
                tracing.AddSource(BotTelemetry.Name).SetSampler(new AlwaysOnSampler());
                if (otlp is not null)
                {
                    tracing.AddOtlpExporter(exporter => exporter.Endpoint = otlp);
                }

                if (!string.IsNullOrWhiteSpace(appInsights))
                {
                    tracing.AddAzureMonitorTraceExporter(exporter => exporter.ConnectionString = appInsights);
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(BotTelemetry.Name);
                if (otlp is not null)
                {
                    metrics.AddOtlpExporter(exporter => exporter.Endpoint = otlp);
                }

                if (!string.IsNullOrWhiteSpace(appInsights))
                {
                    metrics.AddAzureMonitorMetricExporter(exporter => exporter.ConnectionString = appInsights);
                }
            });
    }
}
