using CrossBorderBot.Hosting;
using CrossBorderBot.Safety;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CrossBorderBot.Channels.Slack;

public static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// The Slack door: <see cref="SlackOptions"/> (section <c>Slack</c>), request verification, event
    /// deduplication, the background turn queue, the Web API client (named HttpClient with 429 retry), the
    /// <see cref="SlackAdapter"/> and the request handlers. Also teaches the Bot Framework adapter (when
    /// <c>AddBotFrameworkChannel</c> was called before) to send Block Kit to Slack through Azure Bot Service.
    /// </summary>
    public static IServiceCollection AddSlack(this IServiceCollection services)
    {
        services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddTransient<SlackRateLimitHandler>();
        services.AddHttpClient(SlackApiClient.HttpClientName).AddHttpMessageHandler<SlackRateLimitHandler>();
        services.AddSingleton<SlackApiClient>();

        services.AddSingleton<SlackRequestVerifier>();
        services.AddSingleton<SlackEventDeduplicator>();
        services.AddSingleton<SlackEventClaims>();
        services.AddSingleton<SlackTurnQueue>();
        services.AddHostedService(provider => provider.GetRequiredService<SlackTurnQueue>());
        services.AddSingleton<SlackBotIdentity>();
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<SlackAdapter>(provider).UseTurnSafety(provider));
        services.AddSingleton<SlackEventHandler>();
        services.AddSingleton<SlackInteractionHandler>();
        services.AddSingleton<SlackCommandHandler>();

        UseBlockKitOnBotService(services);
        return services;
    }

    /// <summary>
    /// Wraps the registration of the <c>/api/messages</c> adapter so it gets <see cref="SlackBotServiceMiddleware"/>,
    /// keeping the Slack specifics in this folder instead of the shared hosting code.
    /// </summary>
    private static void UseBlockKitOnBotService(IServiceCollection services)
    {
        var registration = services.LastOrDefault(descriptor => descriptor.ServiceType == typeof(BotAdapterWithErrorHandler));
        if (registration?.ImplementationFactory is not { } create)
        {
            return;
        }

        services.Remove(registration);
        services.AddSingleton(provider =>
        {
            var adapter = (BotAdapterWithErrorHandler)create(provider);
            adapter.Use(new SlackBotServiceMiddleware());
            return adapter;
        });
    }
}
