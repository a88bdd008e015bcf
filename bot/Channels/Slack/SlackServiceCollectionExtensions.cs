using CrossBorderBot.Channels.QuestionCards;
using CrossBorderBot.Composition;
using CrossBorderBot.Hosting;
using CrossBorderBot.Safety;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrossBorderBot.Channels.Slack;

public static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// The Slack door: <see cref="SlackOptions"/> (section <c>Slack</c>), request verification, event
    /// deduplication, the background turn queue, the Web API client (named HttpClient with 429 retry), the
    /// <see cref="SlackAdapter"/> and the request handlers, the check of clicks on older question messages; and
    /// <see cref="SlackBotServiceMiddleware"/> on the
    /// Bot Framework adapter, for Slack reached through Azure Bot Service.
    /// </summary>
    public static IServiceCollection AddSlack(this IServiceCollection services)
    {
        services.AddValidatedOptions<SlackOptions, SlackOptionsValidator>(SlackOptions.SectionName);

        services.AddTransient<SlackRateLimitHandler>();
        services.AddHttpClient(SlackApiClient.HttpClientName).AddHttpMessageHandler<SlackRateLimitHandler>();
        services.AddSingleton<SlackApiClient>();

        services.AddSingleton<SlackRequestVerifier>();
        services.AddSingleton<SlackEventDeduplicator>();
        services.AddSingleton<SlackEventClaims>();
        services.AddSingleton<SlackAnsweredEvents>();
        services.AddSingleton<SlackTurnQueue>();
        services.AddHostedService(provider => provider.GetRequiredService<SlackTurnQueue>());
        services.AddSingleton<SlackBotIdentity>();
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<SlackAdapter>(provider).UseTurnSafety(provider));
        services.AddSingleton<SlackEventHandler>();
        services.AddSingleton<SlackInteractionHandler>();
        services.AddSingleton<SlackCommandHandler>();
        services.AddStaleCardClicks();

        // Slack through Azure Bot Service (channel "slack" on /api/messages) gets Block Kit too.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBotFrameworkChannelMiddleware, SlackBotServiceMiddleware>());
        return services;
    }
}
