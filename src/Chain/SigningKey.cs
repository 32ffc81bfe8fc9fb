using Nethereum.KeyStore;
using Nethereum.KeyStore.Crypto;
using Nethereum.ABI.EIP712;
using Nethereum.Signer;
using Nethereum.Signer.EIP712;

namespace GovernanceRewards.Chain;

/// <summary>
/// A private key held only in memory. It prints as its address, so a log line or exception message that includes
/// it never reveals the key.
/// </summary>
public sealed class SigningKey
{
    public const string EnvironmentVariable = "GOVREWARDS_KEY";
    private readonly string _privateKey;

    private SigningKey(string privateKey, string address)
    {
        _privateKey = privateKey;
        Address = address;
    }

    public string Address { get; }

    public static SigningKey FromPrivateKey(string privateKey)
    {
        var hex = privateKey.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? privateKey[2..] : privateKey;
        if (hex.Length != 64 || !hex.All(char.IsAsciiHexDigit))
        {
            throw new KeyException("the private key is not 32 bytes of hex");
        }
        return new SigningKey(hex, new EthECKey(hex).GetPublicAddress());
    }

    /// <summary>
    /// Decrypts a checked Web3 Secret Storage (keystore v3) file. Derivation takes seconds by design and cannot be
    /// interrupted, so it runs aside: on cancellation the caller stops waiting at once and the work is abandoned.
    /// </summary>
    public static async Task<SigningKey> FromKeystoreAsync(KeystoreFile keystore, string password, CancellationToken cancellationToken)
    {
        byte[] key;
        try
        {
            key = await Task.Run(() => new KeyStoreService().DecryptKeyStoreFromJson(password, keystore.Json), cancellationToken)
                .WaitAsync(cancellationToken);
        }
        catch (DecryptionException)
        {
            throw new KeyException($"wrong password for keystore {keystore.Path}");
        }
        catch (Exception e) when (e is Newtonsoft.Json.JsonException or ArgumentException or FormatException)
        {
            throw new KeyException($"{keystore.Path} is not a Web3 Secret Storage keystore: {e.Message}");
        }
        return FromPrivateKey(Convert.ToHexStringLower(key));
    }

    /// <summary>The key in <c>GOVREWARDS_KEY</c>, if set.</summary>
    public static SigningKey? FromEnvironment() =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } key ? FromPrivateKey(key) : null;

    /// <summary>Signs EIP-712 typed data (v4) with this key; returns the 65-byte signature as hex.</summary>
    public string SignTypedData<TMessage, TDomain>(TMessage message, TypedData<TDomain> typedData)
        where TDomain : IDomain =>
        new Eip712TypedDataSigner().SignTypedDataV4(message, typedData, new EthECKey(_privateKey));

    /// <summary>
    /// A client of <paramref name="rpcUrl"/> that signs with this key: EIP-1559 transactions with a gas margin
    /// (<see cref="GasMarginTransactionManager"/>). The one way the project makes a signing client.
    /// </summary>
    public Nethereum.Web3.Web3 ToWeb3(ulong chainId, string rpcUrl)
    {
        var account = new Nethereum.Web3.Accounts.Account(_privateKey, chainId);
        var web3 = new Nethereum.Web3.Web3(account, rpcUrl);
        web3.TransactionManager = new GasMarginTransactionManager(account, chainId) { Client = web3.Client, UseLegacyAsDefault = false };
        return web3;
    }

    public override string ToString() => $"SigningKey({Address})";
}

/// <summary>A key could not be loaded; the message says why and never contains key material.</summary>
public sealed class KeyException(string message) : Exception(message);
