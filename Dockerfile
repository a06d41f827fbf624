# The app image: Node 20 with a C++ toolchain for nodejieba's native build. Neo4j runs in its own
# container (see docker-compose.yml), so no Java here.
FROM node:20-bookworm
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci
COPY . .
RUN npm run build
ENV NEO4J_URI=bolt://neo4j:7687 PORT=8080 HOST=0.0.0.0
EXPOSE 8080
CMD ["npm", "start"]
