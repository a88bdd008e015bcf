using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Bot.Builder;
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
        var options = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlp = string.IsNullOrWhiteSpace(options.OtlpEndpoint) ? null : new Uri(options.OtlpEndpoint);
        var appInsights = string.IsNullOrWhiteSpace(options.ApplicationInsightsConnectionString)
            ? configuration[ApplicationInsightsSetting]
            : options.ApplicationInsightsConnectionString;
        if (otlp is null && string.IsNullOrWhiteSpace(appInsights))
        {
            return services;
        }

        WrapBot(services);
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName))
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
        return services;
    }

    private static void WrapBot(IServiceCollection services)
    {
        var registration = services.LastOrDefault(descriptor => descriptor.ServiceType == typeof(IBot))
            ?? throw new InvalidOperationException("AddBotTelemetry wraps the bot: call it after AddCrossBorderBot.");
        services.Remove(registration);
        services.AddSingleton<IBot>(provider => new TelemetryBot(
            (IBot)(registration.ImplementationInstance
                ?? registration.ImplementationFactory?.Invoke(provider)
                ?? ActivatorUtilities.CreateInstance(provider, registration.ImplementationType!)),
            provider.GetRequiredService<ConversationState>()));
    }
}
