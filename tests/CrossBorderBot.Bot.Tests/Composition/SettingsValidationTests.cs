using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Composition;

/// <summary>
/// Every settings section is checked when the host starts: a bad value stops start-up with a message that names the
/// setting and says what it must be, instead of surfacing on the first turn (or never) that reads it.
/// </summary>
public sealed class SettingsValidationTests
{
    [Theory]
    [InlineData("Telemetry:OtlpEndpoint", "localhost:4317", "Telemetry:OtlpEndpoint must be an absolute http(s) address")]
    [InlineData("Telemetry:ServiceName", " ", "Telemetry:ServiceName must not be empty")]
    [InlineData("Alerts:CheckTimeUtc", "1.02:00:00", "Alerts:CheckTimeUtc must be a time of day")]
    [InlineData("Alerts:UpdateNoticeDays", "0", "Alerts:UpdateNoticeDays must be positive")]
    [InlineData("Charts:Width", "50", "Charts:Width and Height must be 200–2000")]
    [InlineData("Charts:LinkLifetime", "-00:01:00", "Charts:LinkLifetime must be positive")]
    [InlineData("Charts:PublicBaseUrl", "bot.example.com/charts", "Charts:PublicBaseUrl must be an absolute URL")]
    [InlineData("Admin:ApiKey", "short", "Admin:ApiKey must be at least 16 characters")]
    [InlineData("Admin:ApiKey", "a key with spaces in it", "Admin:ApiKey must not contain spaces")]
    [InlineData("Safety:MaxTurnsPerUserPerMinute", "0", "Safety:MaxTurnsPerUserPerMinute must be positive")]
    [InlineData("Safety:MaxMessageCharacters", "-1", "Safety:MaxMessageCharacters must be positive")]
    [InlineData("KnowledgeGaps:Path", "./data/", "KnowledgeGaps:Path must be a file's path")]
    [InlineData("KnowledgeGaps:Path", "  ", "KnowledgeGaps:Path must be a file's path")]
    [InlineData("KnowledgeGaps:LogText", "sometimes", "KnowledgeGaps:LogText")]
    public void A_bad_setting_stops_start_up_with_a_message_naming_it(string key, string value, string expected)
    {
        using var factory = new BotWebApplicationFactory(new Dictionary<string, string?> { [key] = value });

        var failure = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(failure);
        Assert.Contains(expected, Messages(failure), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Good_values_in_the_same_sections_start()
    {
        using var factory = new BotWebApplicationFactory(new Dictionary<string, string?>
        {
            ["Alerts:CheckTimeUtc"] = "23:30:00",
            ["Charts:PublicBaseUrl"] = "https://bot.example.com",
            ["Admin:ApiKey"] = "0123456789abcdef-admin",
            ["Safety:MaxTurnsPerUserPerMinute"] = "5",
            ["KnowledgeGaps:LogText"] = "true",
        });

        using var client = factory.CreateClient();
        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.True(health.IsSuccessStatusCode);
    }

    private static string Messages(Exception exception)
    {
        var messages = new List<string>();
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            messages.Add(current.Message);
            if (current is AggregateException aggregate)
            {
                messages.AddRange(aggregate.InnerExceptions.Select(inner => inner.Message));
            }
        }

        return string.Join('\n', messages);
    }
}
