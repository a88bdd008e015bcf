using System.Text.Json;

namespace CrossBorderBot.Tests.Hosting;

/// <summary>
/// The bot's JIT settings travel in its runtimeconfig.json (which the build copies next to the tests), not in
/// environment variables: the README's start command sets none, so only what the file says reaches a user's bot.
/// </summary>
public sealed class RuntimeTieringSettingsTests
{
    private static JsonElement ConfigProperties()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "CrossBorderBot.runtimeconfig.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }

    [Fact]
    public void Call_counting_starts_without_the_startup_delay()
    {
        var properties = ConfigProperties();

        // The runtime reads this name from runtimeconfig.json; 0 means hot methods are counted from their first call
        // instead of after 100 ms without new tier-0 code, which a busy bot did not see for tens of seconds.
        Assert.True(properties.TryGetProperty("System.Runtime.TieredCompilation.CallCountingDelayMs", out var delay));
        Assert.Equal("0", delay.ToString());
    }

    [Fact]
    public void Tiered_compilation_itself_stays_on()
    {
        var properties = ConfigProperties();

        // Without tiers the bot runs its ReadyToRun code for good, which cost almost twice tier-1 code per turn.
        Assert.False(properties.TryGetProperty("System.Runtime.TieredCompilation", out var tiered) && tiered.ValueKind == JsonValueKind.False);
    }
}
