using System.Diagnostics;
using System.Net.Http.Json;
using CrossBorderBot.Conversation;
using CrossBorderBot.Telemetry;
using CrossBorderBot.Tests.TestUtilities;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CrossBorderBot.Tests.Telemetry;

/// <summary>Telemetry is off unless an exporter is configured; on, every turn through the real host gets a span and metrics.</summary>
public sealed class TelemetryHostTests
{
    [Fact]
    public void WithoutAnExporterNothingIsRegisteredAndTheBotIsNotWrapped()
    {
        using var factory = new BotWebApplicationFactory();

        Assert.Null(factory.Services.GetService<TracerProvider>());
        Assert.Null(factory.Services.GetService<MeterProvider>());
        // Telemetry wraps the bot last (outermost); alerts and charts put their own small wrappers inside it.
        Assert.IsNotType<TelemetryBot>(factory.Services.GetRequiredService<IBot>());
    }

    [Fact]
    public void AnApplicationInsightsConnectionStringAloneTurnsTelemetryOn()
    {
        using var factory = new BotWebApplicationFactory().WithWebHostBuilder(builder => builder.UseSetting(
            TelemetryServiceCollectionExtensions.ApplicationInsightsSetting,
            "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/"));

        Assert.NotNull(factory.Services.GetService<TracerProvider>());
        Assert.IsType<TelemetryBot>(factory.Services.GetRequiredService<IBot>());
    }

    [Fact]
    public async Task TurnThroughTheHostIsOneSpanWithChannelTypeDialogAndOutcomeButNoText()
    {
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        using var factory = new BotWebApplicationFactory().WithWebHostBuilder(builder =>
        {
            // Nothing listens there: the OTLP exporter just fails quietly in the background.
            builder.UseSetting("Telemetry:OtlpEndpoint", "http://127.0.0.1:9");
            builder.ConfigureTestServices(services =>
            {
                services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans));
                services.ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics));
            });
        });
        using var client = factory.CreateClient();
        var conversation = "c-telemetry-" + Guid.NewGuid().ToString("N");

        await BotActivityPayloads.PostForRepliesAsync(client, BotActivityPayloads.Message("ship 2kg of shoes to Germany", conversation, channelId: "webchat"));
        factory.Services.GetRequiredService<TracerProvider>().ForceFlush();
        factory.Services.GetRequiredService<MeterProvider>().ForceFlush();

        Activity turn;
        lock (spans)
        {
            var turns = spans.Where(span => span.OperationName == "bot.turn" && (string?)span.GetTagItem("crossborderbot.conversation_id") == conversation).ToList();
            Assert.True(turns.Count == 1, $"Expected one turn span, got {turns.Count} of {spans.Count}: {string.Join(", ", spans.Select(span => span.OperationName))}");
            turn = turns[0];
        }

        Assert.Equal("webchat", turn.GetTagItem("crossborderbot.channel"));
        Assert.Equal("message", turn.GetTagItem("crossborderbot.activity_type"));
        Assert.Equal("ok", turn.GetTagItem("crossborderbot.outcome"));
        Assert.NotEqual("none", turn.GetTagItem("crossborderbot.dialog"));
        Assert.True(turn.Duration > TimeSpan.Zero);
        Assert.DoesNotContain(turn.TagObjects, tag => tag.Value?.ToString()?.Contains("shoes", StringComparison.OrdinalIgnoreCase) == true);

        var names = metrics.Select(metric => metric.Name).ToHashSet();
        Assert.Contains("crossborderbot.turns", names);
        Assert.Contains("crossborderbot.turn.duration", names);
        Assert.Contains("crossborderbot.recognizer.confidence", names);
    }
}
