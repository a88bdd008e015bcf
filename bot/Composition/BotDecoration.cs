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

    /// <summary>
    /// Puts <typeparamref name="TDecorator"/> in front of the registered <see cref="IBot"/>, built by the container with
    /// the bot it wraps as its <see cref="IBot"/> argument, so a decorator's registration names no other dependency.
    /// </summary>
    public static IServiceCollection DecorateBot<TDecorator>(this IServiceCollection services, string caller)
        where TDecorator : IBot =>
        services.DecorateBot(caller, (provider, inner) => ActivatorUtilities.CreateInstance<TDecorator>(provider, inner));
}
