using CrossBorderBot.Composition;
using CrossBorderBot.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrossBorderBot.Tests.Hosting;

/// <summary>
/// The start-up warm-up builds the bot and the adapter in the background (off the path of the host's start), once: the
/// first turn then finds the same singletons instead of building them after the message arrived.
/// </summary>
public sealed class BotWarmupTests
{
    [Fact]
    public async Task Builds_the_bot_and_the_adapter_once_in_the_background_and_the_first_turn_gets_the_same_ones()
    {
        var botsBuilt = 0;
        var adaptersBuilt = 0;
        var services = Services(
            _ => { Interlocked.Increment(ref botsBuilt); return new QuietBot(); },
            _ => { Interlocked.Increment(ref adaptersBuilt); return new IdleAdapter(); });
        await using var provider = services.BuildServiceProvider();
        var warmup = new BotWarmup(provider, NullLogger<BotWarmup>.Instance);

        await warmup.StartAsync(CancellationToken.None);
        await warmup.BotBuild.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(1, botsBuilt);
        Assert.Equal(1, adaptersBuilt);
        Assert.Same(provider.GetRequiredService<IBot>(), provider.GetRequiredService<IBot>());
        Assert.Equal(1, botsBuilt);
    }

    [Fact]
    public async Task A_bot_that_cannot_be_built_does_not_stop_the_start_and_is_built_again_by_the_first_turn()
    {
        var tries = 0;
        var services = Services(
            _ => Interlocked.Increment(ref tries) == 1 ? throw new InvalidOperationException("not yet") : new QuietBot(),
            _ => new IdleAdapter());
        await using var provider = services.BuildServiceProvider();
        var warmup = new BotWarmup(provider, NullLogger<BotWarmup>.Instance);

        await warmup.StartAsync(CancellationToken.None);
        await warmup.BotBuild.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.True(warmup.BotBuild.IsCompletedSuccessfully);
        Assert.IsType<QuietBot>(provider.GetRequiredService<IBot>());
        Assert.Equal(2, tries);
    }

    private static ServiceCollection Services(Func<IServiceProvider, IBot> bot, Func<IServiceProvider, IBotFrameworkHttpAdapter> adapter)
    {
        var services = new ServiceCollection();
        StartupPreload.Start().Register(services);
        services.AddSingleton(bot);
        services.AddSingleton(adapter);
        return services;
    }

    private sealed class QuietBot : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }

    private sealed class IdleAdapter : IBotFrameworkHttpAdapter
    {
        public Task ProcessAsync(HttpRequest httpRequest, HttpResponse httpResponse, IBot bot, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
