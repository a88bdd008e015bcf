using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace CrossBorderBot.Storage;

/// <summary>
/// Restricts the <c>$type</c> names that stored bot state may name to assemblies we trust.
/// </summary>
/// <remarks>
/// State is serialized with type names (<see cref="TypeNameHandling.Auto"/>) so typed dialog and guide state comes back as
/// the same types after a restart (the SDK's <c>MemoryStorage</c> recommends the same). Honouring type names
/// from data is how Json.NET deserialization attacks work: a document that names a "gadget" type can run code
/// while it is being constructed. Only our process writes the store, but the database file sits on disk and may
/// be copied, restored or tampered with, so reading it must not instantiate arbitrary types. We allow our own
/// assemblies, the base class library, the Bot Framework and Json.NET (JObject/JArray values), and check every
/// assembly a type name mentions, generic arguments included, before anything is loaded. Writing refuses other
/// types too, so state that could never be read back is caught when it is saved, not on the next turn.
/// </remarks>
internal sealed class StateSerializationBinder : ISerializationBinder
{
    // Every turn reads and writes the same few type names; resolving and checking them (assembly names, generic
    // arguments) once each is enough. Only names that passed the check are remembered, and only so many.
    private const int MaxRemembered = 512;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string?, string), Type> _boundTypes = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, (string? Assembly, string? Type)> _boundNames = new();

    public static StateSerializationBinder Instance { get; } = new();

    public Type BindToType(string? assemblyName, string typeName)
    {
        if (_boundTypes.TryGetValue((assemblyName, typeName), out var known))
        {
            return known;
        }

        var type = Resolve(assemblyName, typeName);
        if (_boundTypes.Count < MaxRemembered)
        {
            _boundTypes.TryAdd((assemblyName, typeName), type);
        }

        return type;
    }

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName)
    {
        if (!_boundNames.TryGetValue(serializedType, out var names))
        {
            EnsureAllowed(serializedType);
            names = (serializedType.Assembly.FullName, serializedType.FullName);
            if (_boundNames.Count < MaxRemembered)
            {
                _boundNames.TryAdd(serializedType, names);
            }
        }

        (assemblyName, typeName) = names;
    }

    private static Type Resolve(string? assemblyName, string typeName)
    {
        var qualifiedName = StoredTypeRenames.Current(assemblyName is null ? typeName : $"{typeName}, {assemblyName}");
        Type type;
        try
        {
            type = Type.GetType(qualifiedName, ResolveAssembly, ResolveType, throwOnError: true)!;
        }
        catch (Exception ex) when (ex is not JsonSerializationException)
        {
            throw new JsonSerializationException($"The stored type '{qualifiedName}' cannot be resolved.", ex);
        }

        EnsureAllowed(type);
        return type;
    }

    internal static bool IsAllowedAssembly(string? assemblyName)
    {
        if (string.IsNullOrEmpty(assemblyName))
        {
            return false;
        }

        return IsNameOrChild(assemblyName, "CrossBorderBot")
            || IsNameOrChild(assemblyName, "System")
            || IsNameOrChild(assemblyName, "Microsoft.Bot")
            || string.Equals(assemblyName, "Newtonsoft.Json", StringComparison.Ordinal)

            // Forwarding facades that type names written by .NET Framework or netstandard code may mention.
            || string.Equals(assemblyName, "mscorlib", StringComparison.Ordinal)
            || string.Equals(assemblyName, "netstandard", StringComparison.Ordinal);
    }

    private static bool IsNameOrChild(string assemblyName, string prefix) =>
        assemblyName.StartsWith(prefix, StringComparison.Ordinal)
        && (assemblyName.Length == prefix.Length || assemblyName[prefix.Length] == '.');

    private static Assembly ResolveAssembly(AssemblyName name)
    {
        if (!IsAllowedAssembly(name.Name))
        {
            throw NotAllowed(name.Name ?? "(unnamed assembly)");
        }

        return Assembly.Load(name);
    }

    private static Type? ResolveType(Assembly? assembly, string name, bool ignoreCase) =>
        assembly is null
            ? Type.GetType(name, throwOnError: false, ignoreCase)
            : assembly.GetType(name, throwOnError: false, ignoreCase);

    private static void EnsureAllowed(Type type)
    {
        if (type.HasElementType)
        {
            EnsureAllowed(type.GetElementType()!);
            return;
        }

        if (!IsAllowedAssembly(type.Assembly.GetName().Name))
        {
            throw NotAllowed(type.Assembly.GetName().Name ?? "(unnamed assembly)", type);
        }

        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments())
            {
                EnsureAllowed(argument);
            }
        }
    }

    private static JsonSerializationException NotAllowed(string assemblyName, Type? type = null) =>
        new(type is null
            ? $"Bot state may not name types from assembly '{assemblyName}'."
            : $"Bot state may not contain type '{type.FullName}' from assembly '{assemblyName}'; keep state in CrossBorderBot, System, Microsoft.Bot or Json.NET types.");
}
