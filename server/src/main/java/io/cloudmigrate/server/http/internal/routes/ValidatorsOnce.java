package io.cloudmigrate.server.http.internal.routes;

import io.vertx.core.file.FileSystem;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.Draft;
import io.vertx.json.schema.JsonSchema;
import io.vertx.json.schema.JsonSchemaOptions;
import io.vertx.json.schema.SchemaRepository;
import io.vertx.json.schema.Validator;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.OpenAPIVersion;
import io.vertx.openapi.contract.Operation;
import io.vertx.openapi.contract.Path;
import io.vertx.openapi.contract.SecurityRequirement;
import io.vertx.openapi.contract.SecurityScheme;
import io.vertx.openapi.contract.Server;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static java.util.Objects.requireNonNull;

/**
 * The contract as the router validates requests with it, each schema's validator made once. The
 * request validator asks the schema repository for a new validator per parameter per request, and
 * each copies the repository's lookup of every schema of the contract: that copying was more than half
 * of the server's time on a page read. A validator holds no state between validations, and the
 * contract's schemas never change once loaded, so one per schema serves every request.
 */
final class ValidatorsOnce
        implements OpenAPIContract
{
    private final OpenAPIContract contract;
    private final SchemaRepository repository;

    private ValidatorsOnce(OpenAPIContract contract)
    {
        this.contract = contract;
        this.repository = new Repository(contract.getSchemaRepository());
    }

    static OpenAPIContract of(OpenAPIContract contract)
    {
        return new ValidatorsOnce(requireNonNull(contract, "contract is null"));
    }

    @Override
    public SchemaRepository getSchemaRepository()
    {
        return repository;
    }

    @Override
    public Operation operation(String operationId)
    {
        return contract.operation(operationId);
    }

    @Override
    public List<Operation> operations()
    {
        return contract.operations();
    }

    @Override
    public List<Path> getPaths()
    {
        return contract.getPaths();
    }

    @Override
    public JsonObject getRawContract()
    {
        return contract.getRawContract();
    }

    @Override
    public OpenAPIVersion getVersion()
    {
        return contract.getVersion();
    }

    @Override
    public List<Server> getServers()
    {
        return contract.getServers();
    }

    @Override
    public Path findPath(String path)
    {
        return contract.findPath(path);
    }

    @Override
    public Operation findOperation(String path, HttpMethod method)
    {
        return contract.findOperation(path, method);
    }

    @Override
    public List<SecurityRequirement> getSecurityRequirements()
    {
        return contract.getSecurityRequirements();
    }

    @Override
    public SecurityScheme securityScheme(String name)
    {
        return contract.securityScheme(name);
    }

    /** The contract's repository, remembering the validator of each schema object (by identity: hashing a schema hashes all of its JSON). */
    private static final class Repository
            implements SchemaRepository
    {
        private final SchemaRepository repository;
        // Bounded by the contract: one entry per schema of a parameter or body the router validates.
        private final Map<Identity, Validator> validators = new ConcurrentHashMap<>();

        Repository(SchemaRepository repository)
        {
            this.repository = repository;
        }

        @Override
        public Validator validator(JsonSchema schema)
        {
            requireNonNull(schema, "schema is null");
            return validators.computeIfAbsent(new Identity(schema), key -> repository.validator(schema));
        }

        @Override
        public Validator validator(String reference)
        {
            return repository.validator(reference);
        }

        @Override
        public Validator validator(String reference, JsonSchemaOptions options)
        {
            return repository.validator(reference, options);
        }

        @Override
        public Validator validator(JsonSchema schema, JsonSchemaOptions options, boolean dereference)
        {
            return repository.validator(schema, options, dereference);
        }

        @Override
        public SchemaRepository dereference(JsonSchema schema)
        {
            repository.dereference(schema);
            return this;
        }

        @Override
        public SchemaRepository dereference(String uri, JsonSchema schema)
        {
            repository.dereference(uri, schema);
            return this;
        }

        @Override
        public SchemaRepository preloadMetaSchema(FileSystem fileSystem)
        {
            repository.preloadMetaSchema(fileSystem);
            return this;
        }

        @Override
        public SchemaRepository preloadMetaSchema(FileSystem fileSystem, Draft draft)
        {
            repository.preloadMetaSchema(fileSystem, draft);
            return this;
        }

        @Override
        public JsonObject resolve(JsonObject schema)
        {
            return repository.resolve(schema);
        }

        @Override
        public JsonSchema find(String pointer)
        {
            return repository.find(pointer);
        }
    }

    private record Identity(JsonSchema schema)
    {
        @Override
        public boolean equals(Object other)
        {
            return other instanceof Identity identity && identity.schema == schema;
        }

        @Override
        public int hashCode()
        {
            return System.identityHashCode(schema);
        }
    }
}
