using CrossBorderBot.Tests.TestUtilities;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace CrossBorderBot.Tests.Composition;

/// <summary>
/// The host starts from the slim web builder (no HTTP/3, so no System.Net.Quic at start) and keeps what the full
/// builder gave the bot: every log provider, the console log's settings, and routing with every constraint.
/// </summary>
public sealed class HostDefaultsTests
{
    [Fact]
    public void Console_Debug_and_EventSource_log_providers_are_registered()
    {
        using var factory = new BotWebApplicationFactory();

        var providers = factory.Services.GetServices<ILoggerProvider>().Select(p => p.GetType().Name).ToList();

        Assert.Contains("ConsoleLoggerProvider", providers);
        Assert.Contains("DebugLoggerProvider", providers);
        Assert.Contains("EventSourceLoggerProvider", providers);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("systemd")]
    public void The_console_formatter_named_in_settings_is_used(string formatter)
    {
        using var factory = new BotWebApplicationFactory(new Dictionary<string, string?> { ["Logging:Console:FormatterName"] = formatter });

        var options = factory.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;

        Assert.Equal(formatter, options.FormatterName);
    }

    [Fact]
    public void The_console_formatter_is_the_simple_one_when_none_is_set()
    {
        using var factory = new BotWebApplicationFactory();

        var options = factory.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;

        Assert.Contains(options.FormatterName, new[] { null, ConsoleFormatterNames.Simple });
    }

    [Fact]
    public void Routes_can_use_regular_expression_constraints()
    {
        using var factory = new BotWebApplicationFactory();

        var constraints = factory.Services.GetRequiredService<IOptions<RouteOptions>>().Value.ConstraintMap;

        Assert.Equal("RegexInlineRouteConstraint", constraints["regex"].Name);
    }
}
