#!/usr/bin/env python3
"""Writes the diff fixtures: one directory per case, each with old.yaml (the base document, or a variant of it),
new.yaml (one change), expected.txt (the findings a reader of the change expects, written by hand below, one
`check-id severity` per line) and, where the change reaches the Swift API, caller.swift: code written against the old
SDK that must compile against it and must stop compiling against the new one exactly when a Swift finding is
breaking or potentially breaking (expected-error.txt: a piece of the compiler's complaint). modes.txt narrows the
generated SDK where a case is about one side.

Run from this directory after changing a case: python3 make-fixtures.py. The expectations are data here, never
copied from the tool's output."""
import copy, os, shutil, yaml
from base import base, ref

CASES = []

def case(name, new, expect, old=None, caller=None, error=None, modes=None):
    CASES.append((name, new, expect, old, caller, error, modes))

def op(d, path, method):
    return d['paths'][path][method]

def schemas(d):
    return d['components']['schemas']

def param(d, path, method, name):
    return next(p for p in op(d, path, method)['parameters'] if p['name'] == name)

def client(body):
    return "import Foundation\nimport OpenAPIRuntime\n\nfunc call(_ client: Client) async throws {\n" + \
        "\n".join("    " + line for line in body.strip().split("\n")) + "\n}\n"

def use(body):
    return "import Foundation\nimport PlexusRuntime\n\nfunc use() {\n" + \
        "\n".join("    " + line for line in body.strip().split("\n")) + "\n}\n"

STUBS = """import Foundation
import HTTPTypes
import OpenAPIRuntime

struct Stubs: APIProtocol {
    func createPet(_ input: Operations.CreatePet.Input) async throws -> Operations.CreatePet.Output {
        .created(Pet(id: 1, name: input.body.name))
    }
    func deletePet(_ input: Operations.DeletePet.Input) async throws -> Operations.DeletePet.Output {
        .noContent
    }
    func getPet(_ input: Operations.GetPet.Input) async throws -> Operations.GetPet.Output {
        .notFound(Problem(code: 404, message: input.petID))
    }
    func listPets(_ input: Operations.ListPets.Input) async throws -> Operations.ListPets.Output {
        .ok([], xRateLimit: Int(input.limit ?? 10))
    }
}
"""

def switch_over(type_name, cases, value="value"):
    lines = [f"func describe(_ {value}: {type_name}) -> String {{", f"    switch {value} {{"]
    lines += [f"    case {c}: return \"{c}\"" for c in cases]
    lines += ["    }", "}"]
    return "import Foundation\nimport PlexusRuntime\n\n" + "\n".join(lines) + "\n"

# MARK: Operations

def f(d): del d['paths']['/pets/{petId}']['delete']
case('operation-removed', f, ['operation-removed breaking', 'swift-method-removed breaking',
                              'swift-requirement-removed breaking'],
     caller=client('try await client.deletePet(petID: "1")'), error="has no member 'deletePet'")

def f(d):
    d['paths']['/owners'] = {'get': {'operationId': 'listOwners', 'responses': {'200': {
        'description': 'Owners', 'content': {'application/json': {'schema': {'type': 'array', 'items': {'type': 'string'}}}}}}}}
case('operation-added', f, ['operation-added compatible', 'swift-method-added compatible'],
     caller=client('_ = try await client.listPets(limit: 5)'), modes=['types', 'client'])

def f(d): d['paths']['/animals/{petId}'] = d['paths'].pop('/pets/{petId}')
case('operation-moved', f, ['operation-moved breaking', 'operation-moved breaking'])

def o(d):
    for method in ('get', 'delete'): del d['paths']['/pets/{petId}'][method]['operationId']
def f(d):
    for method in ('get', 'delete'): del d['paths']['/pets/{petId}'][method]['operationId']
    d['paths']['/animals/{petId}'] = d['paths'].pop('/pets/{petId}')
case('operation-moved-by-shape', f, ['operation-moved breaking', 'operation-moved breaking',
                                     'swift-method-renamed breaking', 'swift-method-renamed breaking',
                                     'swift-requirement-added breaking', 'swift-requirement-added breaking'],
     old=o, caller=client('_ = try await client.getPetsByPetID(petID: "1")'), error="has no member 'getPetsByPetID'")

def f(d): op(d, '/pets/{petId}', 'get')['operationId'] = 'fetchPet'
case('operation-id-changed', f, ['operation-id-changed compatible', 'swift-method-renamed breaking',
                                 'swift-requirement-added breaking'],
     caller=client('_ = try await client.getPet(petID: "1")'), error="has no member 'getPet'")

def f(d): op(d, '/pets/{petId}', 'get')['deprecated'] = True
case('operation-deprecated', f, ['operation-deprecated compatible', 'swift-deprecated compatible'],
     caller=client('_ = try await client.getPet(petID: "1")'))

def f(d):
    d['paths']['/pets/{id}'] = d['paths'].pop('/pets/{petId}')
    d['paths']['/pets/{id}']['parameters'][0]['name'] = 'id'
case('path-parameter-renamed', f, ['path-parameter-renamed compatible', 'path-parameter-renamed compatible',
                                   'swift-argument-renamed breaking', 'swift-argument-renamed breaking',
                                   'swift-property-removed breaking', 'swift-property-removed breaking',
                                   'swift-property-added compatible', 'swift-property-added compatible'],
     caller=client('_ = try await client.getPet(petID: "1")'), error="incorrect argument label")

# MARK: Parameters

def f(d): op(d, '/pets', 'get')['parameters'].append({'name': 'owner', 'in': 'query', 'required': True, 'schema': {'type': 'string'}})
case('parameter-added-required', f, ['parameter-added-required breaking', 'swift-argument-added breaking',
                                     'swift-property-added compatible'],
     caller=client('_ = try await client.listPets()'), error="missing argument for parameter 'owner'")

def f(d): op(d, '/pets', 'get')['parameters'].append({'name': 'owner', 'in': 'query', 'schema': {'type': 'string'}})
case('parameter-added-optional', f, ['parameter-added-optional compatible', 'swift-argument-added-with-default compatible',
                                     'swift-property-added compatible'],
     caller=client('_ = try await client.listPets(limit: 5)'))

def f(d): op(d, '/pets', 'get')['parameters'].pop(0)
case('parameter-removed', f, ['parameter-removed potentially-breaking', 'swift-argument-removed breaking',
                              'swift-property-removed breaking'],
     caller=client('_ = try await client.listPets(limit: 5)'), error="extra argument 'limit'")

def f(d): param(d, '/pets', 'get', 'limit')['required'] = True
case('parameter-became-required', f, ['parameter-became-required breaking', 'swift-argument-became-required breaking',
                                      'swift-property-became-non-optional breaking'],
     caller=client('_ = try await client.listPets()'), error="missing argument for parameter 'limit'")

def o(d): op(d, '/pets', 'get')['parameters'].append({'name': 'owner', 'in': 'query', 'required': True, 'schema': {'type': 'string'}})
def f(d): op(d, '/pets', 'get')['parameters'].append({'name': 'owner', 'in': 'query', 'schema': {'type': 'string'}})
case('parameter-became-optional', f, ['parameter-became-optional potentially-breaking',
                                      'swift-argument-became-optional compatible'],
     old=o, caller=client('_ = try await client.listPets(owner: "ada")'), modes=['types', 'client'])

def f(d): param(d, '/pets', 'get', 'limit')['in'] = 'header'
case('parameter-location-changed', f, ['parameter-location-changed breaking'])

def f(d): param(d, '/pets', 'get', 'state')['explode'] = False; param(d, '/pets', 'get', 'state')['style'] = 'form'; param(d, '/pets', 'get', 'state')['schema'] = {'type': 'array', 'items': {'type': 'string', 'enum': ['available', 'pending']}}
def o(d): param(d, '/pets', 'get', 'state')['schema'] = {'type': 'array', 'items': {'type': 'string', 'enum': ['available', 'pending']}}
case('parameter-style-changed', f, ['parameter-style-changed breaking'], old=o)

def f(d): param(d, '/pets', 'get', 'limit')['schema'] = {'type': 'string'}
case('parameter-type-changed', f, ['parameter-type-changed breaking', 'swift-argument-type-changed breaking',
                                   'swift-property-type-changed breaking'],
     caller=client('let limit: Int32 = 5\n_ = try await client.listPets(limit: limit)'), error="cannot convert value of type 'Int32'")

def f(d): param(d, '/pets', 'get', 'limit')['schema']['format'] = 'int64'
case('parameter-format-changed', f, ['parameter-format-changed potentially-breaking', 'swift-argument-type-changed breaking',
                                     'swift-property-type-changed breaking'],
     caller=client('let limit: Int32 = 5\n_ = try await client.listPets(limit: limit)'), error="cannot convert value of type 'Int32'")

def f(d): param(d, '/pets', 'get', 'state')['schema']['enum'].append('sold')
case('parameter-enum-value-added', f, ['parameter-enum-value-added potentially-breaking', 'swift-enum-case-added potentially-breaking'],
     caller=switch_over('ListPetsState', ['.available', '.pending', '.undocumented']), error="must be exhaustive")

def f(d): param(d, '/pets', 'get', 'state')['schema']['enum'].remove('pending')
case('parameter-enum-value-removed', f, ['parameter-enum-value-removed breaking', 'swift-enum-case-removed breaking'],
     caller=client('_ = try await client.listPets(state: .pending)'), error="has no member 'pending'")

def o(d): param(d, '/pets', 'get', 'limit')['schema']['default'] = 10
def f(d): param(d, '/pets', 'get', 'limit')['schema']['default'] = 20
case('parameter-default-changed', f, ['parameter-default-changed potentially-breaking'], old=o)

def f(d): param(d, '/pets', 'get', 'limit')['deprecated'] = True
case('parameter-deprecated', f, ['parameter-deprecated compatible'])

# MARK: Request bodies

def f(d): op(d, '/pets/{petId}', 'delete')['requestBody'] = {'required': True, 'content': {'application/json': {'schema': ref('Problem')}}}
case('request-body-added-required', f, ['request-body-added-required breaking', 'swift-argument-added breaking',
                                        'swift-property-added compatible'],
     caller=client('try await client.deletePet(petID: "1")'), error="missing argument for parameter 'body'")

def f(d): op(d, '/pets/{petId}', 'delete')['requestBody'] = {'content': {'application/json': {'schema': ref('Problem')}}}
case('request-body-added-optional', f, ['request-body-added-optional compatible', 'swift-argument-added-with-default compatible',
                                        'swift-property-added compatible'],
     caller=client('try await client.deletePet(petID: "1")'))

def f(d): del op(d, '/pets', 'post')['requestBody']
case('request-body-removed', f, ['request-body-removed potentially-breaking', 'swift-argument-removed breaking',
                                 'swift-property-removed breaking'],
     caller=client('_ = try await client.createPet(body: NewPet(name: "Rex"))'), error="takes no arguments")

def o(d): op(d, '/pets', 'post')['requestBody']['required'] = False
def f(d): op(d, '/pets', 'post')['requestBody']['required'] = True
case('request-body-became-required', f, ['request-body-became-required breaking', 'swift-argument-became-required breaking',
                                         'swift-property-became-non-optional breaking'],
     old=o, caller=client('_ = try await client.createPet()'), error="missing argument for parameter 'body'")

def f(d): op(d, '/pets', 'post')['requestBody']['required'] = False
case('request-body-became-optional', f, ['request-body-became-optional potentially-breaking',
                                         'swift-argument-became-optional compatible'],
     caller=client('_ = try await client.createPet(body: NewPet(name: "Rex"))'), modes=['types', 'client'])

def f(d): op(d, '/pets', 'post')['requestBody']['content']['application/x-www-form-urlencoded'] = {'schema': ref('Problem')}
case('request-media-type-added', f, ['request-media-type-added compatible'])

def o(d): op(d, '/pets', 'post')['requestBody']['content']['application/x-www-form-urlencoded'] = {'schema': ref('Problem')}
def f(d): pass
case('request-media-type-removed', f, ['request-media-type-removed breaking'], old=o)

def f(d): op(d, '/pets', 'post')['requestBody']['content']['application/json']['schema'] = {'type': 'array', 'items': ref('NewPet')}
case('request-body-type-changed', f, ['request-body-type-changed breaking', 'swift-argument-type-changed breaking',
                                      'swift-property-type-changed breaking'],
     caller=client('_ = try await client.createPet(body: NewPet(name: "Rex"))'), error="cannot convert value of type 'NewPet'")

def f(d): schemas(d)['NewPet']['properties']['age'] = {'type': 'integer'}; schemas(d)['NewPet']['required'].append('age')
case('request-property-added-required', f, ['request-property-added-required breaking', 'swift-property-added compatible',
                                            'swift-initializer-changed breaking'],
     caller=use('_ = NewPet(name: "Rex")'), error="missing argument for parameter 'age'")

def f(d): schemas(d)['NewPet']['properties']['color'] = {'type': 'string'}
case('request-property-added-optional', f, ['request-property-added-optional compatible', 'swift-property-added compatible'],
     caller=use('_ = NewPet(name: "Rex", tag: "dog")'))

def f(d): del schemas(d)['NewPet']['properties']['tag']
case('request-property-removed', f, ['request-property-removed potentially-breaking', 'swift-property-removed breaking',
                                     'swift-initializer-changed breaking'],
     caller=use('_ = NewPet(name: "Rex", tag: "dog")'), error="extra argument 'tag'")

def f(d): schemas(d)['NewPet']['required'].append('tag')
case('request-property-became-required', f, ['request-property-became-required breaking',
                                             'swift-property-became-non-optional breaking', 'swift-initializer-changed breaking'],
     caller=use('_ = NewPet(name: "Rex")'), error="missing argument for parameter 'tag'")

def f(d): schemas(d)['NewPet']['required'] = []
case('request-property-became-optional', f, ['request-property-became-optional potentially-breaking',
                                             'swift-property-became-optional breaking'],
     caller=use('let pet = NewPet(name: "Rex")\nlet name: String = pet.name\n_ = name'), error="must be unwrapped")

def f(d): schemas(d)['NewPet']['properties']['weight'] = {'type': 'string'}
case('request-property-type-changed', f, ['request-property-type-changed breaking', 'swift-property-type-changed breaking'],
     caller=use('let weight: Int32 = 3\n_ = NewPet(name: "Rex", weight: weight)'), error="cannot convert value of type 'Int32'")

def f(d): schemas(d)['NewPet']['properties']['weight']['format'] = 'int64'
case('request-property-format-changed', f, ['request-property-format-changed potentially-breaking',
                                            'swift-property-type-changed breaking'],
     caller=use('let weight: Int32 = 3\n_ = NewPet(name: "Rex", weight: weight)'), error="cannot convert value of type 'Int32'")

def f(d): schemas(d)['NewPet']['properties']['tag']['nullable'] = True
case('request-property-became-nullable', f, ['request-property-became-nullable potentially-breaking',
                                             'swift-property-type-changed breaking'],
     caller=use('let tag: String? = "dog"\n_ = NewPet(name: "Rex", tag: tag)'), error="cannot convert value of type 'String?'")

def o(d): schemas(d)['NewPet']['properties']['tag']['nullable'] = True
def f(d): pass
case('request-property-became-non-nullable', f, ['request-property-became-non-nullable breaking',
                                                 'swift-property-type-changed breaking'],
     old=o, caller=use('_ = NewPet(name: "Rex", tag: .null)'), error="has no member 'null'")

def f(d): schemas(d)['Size']['enum'].insert(1, 'medium')
case('request-enum-value-added', f, ['request-enum-value-added potentially-breaking', 'swift-enum-case-added potentially-breaking'],
     caller=switch_over('Size', ['.small', '.large', '.undocumented']), error="must be exhaustive")

def f(d): schemas(d)['Size']['enum'].remove('large')
case('request-enum-value-removed', f, ['request-enum-value-removed breaking', 'swift-enum-case-removed breaking'],
     caller=use('_ = NewPet(name: "Rex", size: .large)'), error="has no member 'large'")

def f(d):
    schemas(d)['Triangle'] = {'type': 'object', 'required': ['kind', 'base'], 'properties': {'kind': {'type': 'string'}, 'base': {'type': 'number'}}}
    schemas(d)['Shape']['oneOf'].append(ref('Triangle'))
    schemas(d)['Shape']['discriminator']['mapping']['triangle'] = '#/components/schemas/Triangle'
case('request-variant-added', f, ['request-variant-added potentially-breaking', 'swift-union-case-added potentially-breaking',
                                  'swift-type-added compatible'],
     caller=switch_over('Shape', ['.circle', '.square']), error="must be exhaustive")

def f(d):
    schemas(d)['Shape']['oneOf'].pop()
    del schemas(d)['Shape']['discriminator']['mapping']['square']
case('request-variant-removed', f, ['request-variant-removed breaking', 'swift-union-case-removed breaking'],
     caller=use('_ = Shape.square(Square(kind: "square", side: 2))'), error="has no member 'square'")

def f(d):
    mapping = schemas(d)['Shape']['discriminator']['mapping']
    mapping['round'] = mapping.pop('circle')
case('request-discriminator-changed', f, ['request-discriminator-changed breaking'])

# MARK: Responses

def f(d): op(d, '/pets/{petId}', 'get')['responses']['410'] = {'description': 'Gone', 'content': {'application/json': {'schema': ref('Problem')}}}
case('response-status-added', f, ['response-status-added compatible', 'swift-output-case-added potentially-breaking'],
     caller=switch_over('Operations.GetPet.Output', ['.ok', '.notFound', '.undocumented']), error="must be exhaustive")

def f(d): op(d, '/pets/{petId}', 'delete')['responses']['200'] = {'description': 'Deleted, with a note', 'content': {'application/json': {'schema': ref('Problem')}}}
case('response-success-status-added', f, ['response-status-added potentially-breaking', 'swift-output-case-added potentially-breaking',
                                          'swift-return-type-changed breaking'],
     caller=client('let delete: (String) async throws -> Void = client.deletePet(petID:)\ntry await delete("1")'),
     error="cannot convert value of type")

def f(d): del op(d, '/pets/{petId}', 'get')['responses']['404']
case('response-status-removed', f, ['response-status-removed compatible', 'swift-output-case-removed breaking'],
     caller=switch_over('Operations.GetPet.Output', ['.ok', '.notFound', '.undocumented']), error="has no member 'notFound'")

def f(d): op(d, '/pets/{petId}', 'get')['responses']['200']['content']['application/xml'] = {'schema': ref('Pet')}
case('response-media-type-added', f, ['response-media-type-added compatible'])

def o(d): op(d, '/pets/{petId}', 'get')['responses']['200']['content']['text/plain'] = {'schema': {'type': 'string'}}
def f(d): pass
case('response-media-type-removed', f, ['response-media-type-removed breaking'], old=o)

def f(d): op(d, '/pets/{petId}', 'get')['responses']['200']['content']['application/json']['schema'] = {'type': 'array', 'items': ref('Pet')}
case('response-body-type-changed', f, ['response-body-type-changed breaking', 'swift-return-type-changed breaking',
                                       'swift-case-payload-changed breaking'],
     caller=client('let pet: Pet = try await client.getPet(petID: "1")\n_ = pet'), error="cannot convert value of type '[Pet]'")

def f(d): schemas(d)['Pet']['properties']['color'] = {'type': 'string'}
case('response-property-added', f, ['response-property-added compatible', 'swift-property-added compatible'],
     caller=use('let pet = Pet(id: 1, name: "Rex")\n_ = pet.tag'))

def f(d): del schemas(d)['Pet']['properties']['tag']
case('response-property-removed', f, ['response-property-removed potentially-breaking', 'swift-property-removed breaking',
                                      'swift-initializer-changed breaking'],
     caller=use('let pet = Pet(id: 1, name: "Rex")\n_ = pet.tag'), error="has no member 'tag'")

def f(d): schemas(d)['Pet']['required'] = ['id']
case('response-property-became-optional', f, ['response-property-became-optional breaking', 'swift-property-became-optional breaking'],
     caller=use('let pet = Pet(id: 1, name: "Rex")\nlet name: String = pet.name\n_ = name'), error="must be unwrapped")

def f(d): schemas(d)['Pet']['required'].append('tag')
case('response-property-became-required', f, ['response-property-became-required compatible',
                                              'swift-property-became-non-optional breaking', 'swift-initializer-changed breaking'],
     caller=use('let pet = Pet(id: 1, name: "Rex", tag: "dog")\nif let tag = pet.tag { _ = tag }'), error="must have Optional type")

def f(d): schemas(d)['Pet']['properties']['id'] = {'type': 'string'}
case('response-property-type-changed', f, ['response-property-type-changed breaking', 'swift-property-type-changed breaking'],
     caller=use('let pet = Pet(id: 1, name: "Rex")\nlet id: Int64 = pet.id\n_ = id'), error="cannot convert value of type")

def f(d): schemas(d)['Pet']['properties']['id']['format'] = 'int32'
case('response-property-format-changed', f, ['response-property-format-changed compatible', 'swift-property-type-changed breaking'],
     caller=use('let pet = Pet(id: 1, name: "Rex")\nlet id: Int64 = pet.id\n_ = id'), error="cannot convert value of type 'Int32'")

def f(d): schemas(d)['Pet']['properties']['tag']['nullable'] = True
case('response-property-became-nullable', f, ['response-property-became-nullable breaking', 'swift-property-type-changed breaking'],
     caller=use('let pet = Pet(id: 1, name: "Rex")\nlet tag: String? = pet.tag\n_ = tag'), error="'Nullable<String>?'")

def o(d): schemas(d)['Pet']['properties']['tag']['nullable'] = True
def f(d): pass
case('response-property-became-non-nullable', f, ['response-property-became-non-nullable compatible', 'swift-property-type-changed breaking'],
     old=o, caller=use('let pet = Pet(id: 1, name: "Rex")\nif case .null? = pet.tag { print("null") }'), error="has no member 'null'")

def f(d): schemas(d)['PetStatus']['enum'].append('adopted')
case('response-enum-value-added', f, ['response-enum-value-added potentially-breaking', 'swift-enum-case-added potentially-breaking'],
     caller=switch_over('PetStatus', ['.available', '.pending', '.sold', '.undocumented']), error="must be exhaustive")

def f(d): schemas(d)['PetStatus']['enum'].remove('sold')
case('response-enum-value-removed', f, ['response-enum-value-removed compatible', 'swift-enum-case-removed breaking'],
     caller=switch_over('PetStatus', ['.available', '.pending', '.sold', '.undocumented']), error="has no member 'sold'")

def f(d):
    schemas(d)['Bird'] = {'type': 'object', 'required': ['petType'], 'properties': {'petType': {'type': 'string'}, 'sings': {'type': 'boolean'}}}
    schemas(d)['Animal']['oneOf'].append(ref('Bird'))
    schemas(d)['Animal']['discriminator']['mapping']['bird'] = '#/components/schemas/Bird'
case('response-variant-added', f, ['response-variant-added potentially-breaking', 'swift-union-case-added potentially-breaking',
                                   'swift-type-added compatible'],
     caller=switch_over('Animal', ['.cat', '.dog']), error="must be exhaustive")

def f(d):
    schemas(d)['Animal']['oneOf'].pop()
    del schemas(d)['Animal']['discriminator']['mapping']['dog']
case('response-variant-removed', f, ['response-variant-removed compatible', 'swift-union-case-removed breaking'],
     caller=switch_over('Animal', ['.cat', '.dog']), error="has no member 'dog'")

def f(d):
    schemas(d)['Animal']['discriminator']['propertyName'] = 'species'
    for name in ('Cat', 'Dog'):
        schemas(d)[name]['properties']['species'] = {'type': 'string'}
case('response-discriminator-changed', f, ['response-discriminator-changed breaking', 'response-property-added compatible',
                                           'response-property-added compatible', 'swift-property-added compatible',
                                           'swift-property-added compatible'])

def f(d): op(d, '/pets/{petId}', 'get')['responses']['200']['headers'] = {'ETag': {'schema': {'type': 'string'}}}
case('response-header-added', f, ['response-header-added compatible', 'swift-case-payload-changed breaking'],
     caller=switch_over('Operations.GetPet.Output', ['.ok(let pet as Pet)', '.notFound', '.undocumented']),
     error="must be exhaustive")

def f(d): del op(d, '/pets', 'get')['responses']['200']['headers']
case('response-header-removed', f, ['response-header-removed breaking', 'swift-case-payload-changed breaking'],
     caller=switch_over('Operations.ListPets.Output', ['.ok(_, let limit)', '.badRequest', '.undocumented']),
     error="tuple pattern")

def f(d): op(d, '/pets', 'get')['responses']['200']['headers']['X-Rate-Limit']['required'] = False
case('response-header-became-optional', f, ['response-header-became-optional breaking', 'swift-case-payload-changed breaking'],
     caller=use('let output = Operations.ListPets.Output.ok([], xRateLimit: 1)\nif case .ok(_, let limit) = output { let value: Int = limit; _ = value }'),
     error="must be unwrapped")

def o(d): op(d, '/pets', 'get')['responses']['200']['headers']['X-Rate-Limit']['required'] = False
def f(d): pass
case('response-header-became-required', f, ['response-header-became-required compatible', 'swift-case-payload-changed breaking'],
     old=o, caller=use('let output = Operations.ListPets.Output.ok([], xRateLimit: 1)\nif case .ok(_, let limit) = output, let value = limit { _ = value }'),
     error="must have Optional type")

def f(d): op(d, '/pets', 'get')['responses']['200']['headers']['X-Rate-Limit']['schema'] = {'type': 'string'}
case('response-header-type-changed', f, ['response-header-type-changed breaking', 'swift-case-payload-changed breaking'],
     caller=use('_ = Operations.ListPets.Output.ok([], xRateLimit: 1)'), error="cannot convert value of type")

# MARK: Security

def f(d): d['components']['securitySchemes']['bearer'] = {'type': 'http', 'scheme': 'bearer'}
case('security-scheme-added', f, ['security-scheme-added compatible', 'swift-property-added compatible'],
     caller=use('var credentials = Client.Credentials()\ncredentials.apiKey = nil\n_ = credentials'))

def f(d):
    del d['components']['securitySchemes']['oauth']
    del op(d, '/pets', 'post')['security']
case('security-scheme-removed', f, ['security-scheme-removed potentially-breaking', 'security-requirement-added breaking',
                                    'security-requirement-removed potentially-breaking', 'swift-property-removed breaking'],
     caller=use('var credentials = Client.Credentials()\ncredentials.oauth = nil\n_ = credentials'), error="has no member 'oauth'")

def f(d): d['components']['securitySchemes']['api_key']['in'] = 'query'
case('security-scheme-changed', f, ['security-scheme-changed breaking'])

def f(d): op(d, '/pets/{petId}', 'delete')['security'] = [{'api_key': [], 'oauth': ['write']}]
case('security-requirement-added', f, ['security-requirement-added breaking'])

def f(d): op(d, '/pets/{petId}', 'delete')['security'] = []
case('security-requirement-removed', f, ['security-requirement-removed potentially-breaking'])

def f(d): op(d, '/pets', 'post')['security'] = [{'oauth': ['write', 'read']}]
case('security-scope-added', f, ['security-scope-added breaking'])

def f(d): op(d, '/pets', 'post')['security'] = [{'oauth': []}]
case('security-scope-removed', f, ['security-scope-removed compatible'])

# MARK: Servers

def f(d): d['servers'].append({'url': 'https://staging.example.com'})
case('server-added', f, ['server-added compatible'])

def f(d): d['servers'].pop(0)
case('server-removed', f, ['server-removed potentially-breaking'])

def f(d): d['servers'][1]['variables']['region']['default'] = 'us'
case('server-variable-changed', f, ['server-variable-changed potentially-breaking'])

# MARK: Schemas and the Swift API alone

def rename(d, old, new):
    text = yaml.safe_dump(d, sort_keys=False)
    d.clear()
    d.update(yaml.safe_load(text.replace("#/components/schemas/" + old + "'", "#/components/schemas/" + new + "'")
                            .replace("#/components/schemas/" + old + "\n", "#/components/schemas/" + new + "\n")))
    schemas(d)[new] = schemas(d).pop(old)

def f(d): rename(d, 'Problem', 'ApiProblem')
case('schema-renamed', f, ['schema-renamed compatible', 'swift-type-renamed breaking'],
     caller=use('_ = Problem(code: 1, message: "gone")'), error="cannot find 'Problem'")

def f(d): schemas(d)['Owner'] = {'type': 'object', 'properties': {'name': {'type': 'string'}}}
case('swift-type-added', f, ['swift-type-added compatible'], caller=use('_ = Pet(id: 1, name: "Rex")'))

def o(d): schemas(d)['Owner'] = {'type': 'object', 'properties': {'name': {'type': 'string'}}}
def f(d): pass
case('swift-type-removed', f, ['swift-type-removed breaking'], old=o, caller=use('_ = Owner(name: "Ada")'),
     error="cannot find 'Owner'")

def f(d): schemas(d)['PetStatus'] = {'type': 'string'}
case('swift-type-kind-changed', f, ['response-property-type-changed breaking', 'swift-type-kind-changed breaking'],
     caller=use('let status: PetStatus = .sold\n_ = status'), error="has no member 'sold'")

def f(d): op(d, '/pets', 'get')['parameters'].reverse()
case('swift-arguments-reordered', f, ['swift-arguments-reordered breaking'],
     caller=client('_ = try await client.listPets(limit: 5, state: .available)'), error="must precede argument")

def f(d):
    d['paths']['/owners'] = {'get': {'operationId': 'listOwners', 'responses': {'204': {'description': 'None'}}}}
case('swift-requirement-added', f, ['operation-added compatible', 'swift-requirement-added breaking'],
     caller=STUBS, error="does not conform to protocol 'APIProtocol'", modes=['types', 'server'])

def f(d): del d['paths']['/pets/{petId}']['delete']
case('swift-requirement-removed', f, ['operation-removed breaking', 'swift-requirement-removed breaking'],
     caller=STUBS, error="'DeletePet' is not a member type", modes=['types', 'server'])

# MARK: Webhooks and callbacks: the API sends them, apps receive them

def with_webhook(d):
    d['openapi'] = '3.1.0'
    schemas(d)['AdoptionEvent'] = {'type': 'object', 'required': ['petId', 'adopter'],
                                   'properties': {'petId': {'type': 'string'}, 'adopter': {'type': 'string'}}}
    d['webhooks'] = {'petAdopted': {'post': {
        'operationId': 'petAdopted',
        'requestBody': {'required': True, 'content': {'application/json': {'schema': ref('AdoptionEvent')}}},
        'responses': {'204': {'description': 'Received'}}}}}
def o(d): with_webhook(d)
def f(d):
    with_webhook(d)
    del schemas(d)['AdoptionEvent']['properties']['adopter']
    schemas(d)['AdoptionEvent']['required'] = ['petId']
case('webhook-payload-property-removed', f, ['request-property-removed breaking', 'swift-property-removed breaking',
                                            'swift-initializer-changed breaking'],
     old=o, caller=use('let event = AdoptionEvent(petID: "1", adopter: "Ada")\n_ = event.adopter'),
     error="extra argument 'adopter'")

def f(d):
    op(d, '/pets', 'post')['callbacks'] = {'petReady': {'{$request.body#/tag}': {'post': {
        'operationId': 'petReady',
        'requestBody': {'required': True, 'content': {'application/json': {'schema': ref('Pet')}}},
        'responses': {'204': {'description': 'Received'}}}}}}
case('callback-added', f, ['operation-added potentially-breaking', 'swift-method-added compatible',
                           'swift-requirement-added compatible'],
     caller=STUBS, modes=['types', 'server'])

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    cases = os.path.join(here, 'cases')
    shutil.rmtree(cases, ignore_errors=True)
    for name, new, expect, old, caller, error, modes in CASES:
        directory = os.path.join(cases, name)
        os.makedirs(directory)
        old_document = base()
        if old: old(old_document)
        # Both sides start from the base: `old` sets up what the change is made from, `new` is the base with the
        # change (so a case whose new side is the base itself has a `new` that does nothing).
        new_document = base()
        new(new_document)
        for file, document in (('old.yaml', old_document), ('new.yaml', new_document)):
            with open(os.path.join(directory, file), 'w') as out:
                out.write(yaml.safe_dump(document, sort_keys=False, width=120))
        with open(os.path.join(directory, 'expected.txt'), 'w') as out:
            out.write('\n'.join(sorted(expect)) + '\n')
        if caller:
            with open(os.path.join(directory, 'caller.swift'), 'w') as out: out.write(caller)
        if error:
            with open(os.path.join(directory, 'expected-error.txt'), 'w') as out: out.write(error + '\n')
        if modes:
            with open(os.path.join(directory, 'modes.txt'), 'w') as out: out.write(' '.join(modes) + '\n')
    print(f'{len(CASES)} cases')

main()
