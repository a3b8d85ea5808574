import { graphql } from '../gql';

/** The training library: reading, searching, required reading, and writing (web-self). */

export const MaterialCardFields = graphql(`
  fragment MaterialCardFields on Material {
    id
    scope
    published
    editable
    tags
    latestVersion
    latestPublished
    current {
      id
      title
      summary
      version
    }
  }
`);

export const MaterialsDocument = graphql(`
  query Materials($scope: String, $offset: Int!) {
    materials(scope: $scope, limit: 50, offset: $offset) {
      totalCount
      hasMore
      items {
        ...MaterialCardFields
      }
    }
  }
`);

export const SearchMaterialsDocument = graphql(`
  query SearchMaterials($query: String!) {
    searchMaterials(query: $query, limit: 30) {
      totalCount
      hasMore
      items {
        excerpt
        rank
        material {
          ...MaterialCardFields
        }
      }
    }
  }
`);

export const MaterialDocument = graphql(`
  query Material($id: ID!) {
    material(id: $id) {
      ...MaterialCardFields
      language
      current {
        id
        title
        summary
        version
        bodyMarkdown
        createdAt
      }
      attachments {
        id
        fileName
        contentType
        sizeBytes
      }
    }
    myRequiredReading {
      material {
        id
      }
      readers {
        displayName
        readCurrentVersion
        readAt
      }
    }
  }
`);

export const MaterialHistoryDocument = graphql(`
  query MaterialHistory($id: ID!) {
    materialHistory(id: $id) {
      id
      version
      title
      summary
      bodyMarkdown
      createdAt
    }
  }
`);

export const MaterialAttachmentDocument = graphql(`
  query MaterialAttachment($id: ID!) {
    materialAttachment(id: $id) {
      fileName
      contentType
      contentBase64
    }
  }
`);

export const CreateMaterialDocument = graphql(`
  mutation CreateMaterial($input: CreateMaterialInput!) {
    createMaterial(input: $input) {
      ...MaterialCardFields
    }
  }
`);

export const EditMaterialDocument = graphql(`
  mutation EditMaterial($input: EditMaterialInput!) {
    editMaterial(input: $input) {
      ...MaterialCardFields
    }
  }
`);

export const PublishMaterialDocument = graphql(`
  mutation PublishMaterial($id: ID!) {
    publishMaterial(id: $id) {
      ...MaterialCardFields
    }
  }
`);

export const UnpublishMaterialDocument = graphql(`
  mutation UnpublishMaterial($id: ID!) {
    unpublishMaterial(id: $id) {
      ...MaterialCardFields
    }
  }
`);

export const RollbackMaterialDocument = graphql(`
  mutation RollbackMaterial($input: RollbackMaterialInput!) {
    rollbackMaterial(input: $input) {
      ...MaterialCardFields
    }
  }
`);

export const AddAttachmentDocument = graphql(`
  mutation AddAttachment($input: AddAttachmentInput!) {
    addMaterialAttachment(input: $input) {
      id
      fileName
      contentType
      sizeBytes
    }
  }
`);

export const MarkReadDocument = graphql(`
  mutation MarkRead($id: ID!) {
    markMaterialRead(id: $id)
  }
`);

export const RequiredReadingDocument = graphql(`
  query RequiredReading {
    requiredReading {
      material {
        ...MaterialCardFields
      }
      readers {
        displayName
        readAt
        readCurrentVersion
      }
    }
  }
`);

export const RequireMaterialDocument = graphql(`
  mutation RequireMaterial($id: ID!) {
    requireMaterial(id: $id) {
      material {
        id
      }
    }
  }
`);

export const UnrequireMaterialDocument = graphql(`
  mutation UnrequireMaterial($id: ID!) {
    unrequireMaterial(id: $id) {
      material {
        id
      }
    }
  }
`);
