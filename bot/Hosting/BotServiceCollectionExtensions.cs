using CrossBorderBot.Channels.QuestionCards;
using CrossBorderBot.Conversation;
using CrossBorderBot.Knowledge;
using CrossBorderBot.Safety;
using CrossBorderBot.Storage;
using CrossBorderBot.Understanding;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CrossBorderBot.Hosting;

public static class BotServiceCollectionExtensions
{
    /// <summary>
    /// The bot itself, independent of any door: state, knowledge base, understanding, dialogs and the one
    /// <see cref="IBot"/>; and what every door and area shares, registered here once: the clock, and the middleware
    /// the doors put on their adapters (turn safety, the typing indicator), which the other <c>AddXxx()</c> rely on
    /// and do not register again. Shared by the web host and the terminal chat so both talk to the same bot.
    /// </summary>
    public static IServiceCollection AddCrossBorderBot(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddBotStorage();
        services.AddKnowledgeBase();
        // Building the recognizer trains its intent model: do it once per process.
        services.AddSingleton(provider => CrossBorderRecognizer.Create(provider.GetRequiredService<Knowledge.Model.KnowledgeBase>()));
        services.AddConversation();
        services.AddTurnSafety();
        services.AddSingleton<TypingIndicatorMiddleware>();
        services.AddSingleton<BotWarmup>();
        services.AddHostedService(provider => provider.GetRequiredService<BotWarmup>());
        services.AddHostedService<NativeMemoryTrimmer>();
        services.AddHealthChecks()
            .AddCheck<StorageHealthCheck>("storage")
            .AddCheck<KnowledgeBaseHealthCheck>("knowledge");
        return services;
    }

    /// <summary>
    /// The Bot Framework door: JWT authentication from the usual settings (<c>MicrosoftAppType</c>,
    /// <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>; empty app id = auth off) and
    /// the CloudAdapter, and the check of clicks on older question cards (Teams, Web Chat and the Emulator come this way).
    /// The adapter is built by a factory because the container would otherwise find two equally good CloudAdapter
    /// constructors and refuse to choose.
    /// </summary>
    public static IServiceCollection AddBotFrameworkChannel(this IServiceCollection services)
    {
        services.AddOptions<BotFrameworkAuthenticationOptions>()
            .Configure<IConfiguration>((options, configuration) =>
            {
                options.MicrosoftAppType = configuration[nameof(BotFrameworkAuthenticationOptions.MicrosoftAppType)];
                options.MicrosoftAppId = configuration[nameof(BotFrameworkAuthenticationOptions.MicrosoftAppId)];
                options.MicrosoftAppPassword = configuration[nameof(BotFrameworkAuthenticationOptions.MicrosoftAppPassword)];
                options.MicrosoftAppTenantId = configuration[nameof(BotFrameworkAuthenticationOptions.MicrosoftAppTenantId)];
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotFrameworkAuthenticationOptions>, BotFrameworkAuthenticationOptionsValidator>());
        services.AddHttpClient();

        // The adapter writes expectReplies bodies with the SDK's shared settings, which indent: a third more bytes
        // and serializer work on every turn for whitespace no client reads.
        HttpHelper.BotMessageSerializerSettings.Formatting = Newtonsoft.Json.Formatting.None;

        // The shared serializer was created from those settings when the SDK loaded, so setting them alone changed
        // nothing: the bodies were still indented. The serializer's own setting is what the writer uses.
        HttpHelper.BotMessageSerializer.Formatting = Newtonsoft.Json.Formatting.None;
        services.AddSingleton<BotFrameworkAuthentication>(provider => new ClientReusingBotFrameworkAuthentication(
            new ConfigurationBotFrameworkAuthentication(
                provider.GetRequiredService<IConfiguration>(),
                httpClientFactory: provider.GetRequiredService<IHttpClientFactory>(),
                logger: provider.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>())));
        services.AddSingleton<BotAdapterWithErrorHandler>(provider =>
        {
            // The adapter's middleware, in order: the turn safety every door has, then what channels reaching the bot
            // through Azure Bot Service registered (IBotFrameworkChannelMiddleware), in registration order.
            var adapter = new BotAdapterWithErrorHandler(
                provider.GetRequiredService<BotFrameworkAuthentication>(),
                provider.GetRequiredService<ILogger<BotAdapterWithErrorHandler>>()).UseTurnSafety(provider);
            foreach (var middleware in provider.GetServices<IBotFrameworkChannelMiddleware>())
            {
                adapter.Use(middleware);
            }

            return adapter;
        });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBotFrameworkChannelMiddleware, TypingIndicatorMiddleware>(
            provider => provider.GetRequiredService<TypingIndicatorMiddleware>()));
        services.AddSingleton<IBotFrameworkHttpAdapter>(provider => provider.GetRequiredService<BotAdapterWithErrorHandler>());
        services.AddStaleCardClicks();
        return services;
    }
}
