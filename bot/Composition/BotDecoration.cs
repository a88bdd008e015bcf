namespace CrossBorderBot.Composition;

public static class BotDecoration
{
    /// <summary>
    /// Replaces the registered <see cref="IBot"/> with <paramref name="decorate"/> around it: alerts, charts and
    /// telemetry each put themselves in front of the bot this way. The last call is the outermost.
    /// </summary>
    public static IServiceCollection DecorateBot(this IServiceCollection services, string caller, Func<IServiceProvider, IBot, IBot> decorate)
    {
        var registration = services.LastOrDefault(descriptor => descriptor.ServiceType == typeof(IBot))
            ?? throw new InvalidOperationException($"{caller} wraps the bot: call it after AddCrossBorderBot.");
        services.Remove(registration);
        services.AddSingleton<IBot>(provider => decorate(provider, (IBot)(registration.ImplementationInstance
            ?? registration.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, registration.ImplementationType!))));
        return services;
    }
}
