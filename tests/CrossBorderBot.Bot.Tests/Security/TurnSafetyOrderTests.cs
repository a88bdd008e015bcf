using CrossBorderBot.Safety;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderBot.Tests.Security;

/// <summary>
/// The turn safety middleware are registered and put on an adapter from one list, in the order a turn must meet them:
/// the turn limit before anything reads the text, the size limit after the text is cleaned.
/// </summary>
public sealed class TurnSafetyOrderTests
{
    [Fact]
    public void An_adapter_gets_the_turn_limit_then_normalisation_then_the_size_limit_and_nothing_else()
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddSingleton(TimeProvider.System)
            .AddLogging()
            .AddTurnSafety()
            .BuildServiceProvider();

        var adapter = new InspectableAdapter().UseTurnSafety(services);

        Assert.Equal(
            [typeof(TurnRateLimitMiddleware), typeof(InputNormalizationMiddleware), typeof(OversizedMessageMiddleware)],
            adapter.Middleware.Select(m => m.GetType()));
        Assert.Same(services.GetRequiredService<TurnRateLimitMiddleware>(), adapter.Middleware.First());
    }

    private sealed class InspectableAdapter : TestAdapter
    {
        public IEnumerable<Microsoft.Bot.Builder.IMiddleware> Middleware => MiddlewareSet;
    }
}
